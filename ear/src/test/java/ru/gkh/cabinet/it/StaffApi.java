package ru.gkh.cabinet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The staff REST API as a script sees it: HTTP with Basic or Bearer authentication, JSON answers. */
final class StaffApi {

    static final String BASE = System.getProperty("cabinet.it.base-url", "http://127.0.0.1:28080");
    static final StaffApi ADMIN = basic("admin", "demo-admin-2026");
    static final StaffApi ACCOUNTANT = basic("accountant", "demo-accountant-2026");
    static final StaffApi OPERATOR = basic("operator", "demo-operator-2026");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    private StaffApi(String authorization) {
        this.authorization = authorization;
    }

    static StaffApi basic(String user, String password) {
        return new StaffApi("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static StaffApi bearer(String token) {
        return new StaffApi("Bearer " + token);
    }

    static StaffApi anonymous() {
        return new StaffApi(null);
    }

    /** An answer: status and body. */
    record Answer(int status, String body, String contentType) {

        JsonObject json() {
            return (JsonObject) Json.createReader(new StringReader(body)).read();
        }

        JsonStructure jsonStructure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A binary answer (a spreadsheet): status, content type and bytes. */
    record Binary(int status, String contentType, byte[] body) {
    }

    Binary getBytes(String path, String accept) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer postBytes(String path, String contentType, byte[] body) {
        // Expect: 100-continue, as curl sends for large bodies: a refused upload is answered before it is sent.
        return send(request(path).header("Content-Type", contentType).expectContinue(body.length > 1024 * 1024)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
