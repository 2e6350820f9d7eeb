package ru.gkh.cabinet.application;

import jakarta.ejb.ApplicationException;

/**
 * A request the services refuse, with a message for a person (Russian) and the kind of refusal, which the
 * REST layer maps to its status code and the pages show as is. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the request is malformed, names something unknown, conflicts with the state, is not allowed, or too large. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_LARGE }

    private final Kind kind;

    public Refusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static Refusal invalid(String message) {
        return new Refusal(Kind.INVALID, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message);
    }
}
