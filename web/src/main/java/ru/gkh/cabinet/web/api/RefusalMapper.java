package ru.gkh.cabinet.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.gkh.cabinet.application.Refusal;

/** A refused request answers JSON {@code {"message": …}} with the fitting status (api.md, "Errors"). */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case TOO_LARGE -> 413;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Message(e.getMessage())).build();
    }

    /** The body of every error answer. */
    public record Message(String message) {
    }
}
