package ru.gkh.cabinet.infrastructure.sms;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import ru.gkh.cabinet.application.messaging.SmsGateway;

/**
 * An SMS.ru-style HTTP API: {@code POST <url>} with the form {@code api_id, to (7XXXXXXXXXX), msg, from, json=1};
 * the answer is JSON with {@code status} OK or ERROR and {@code status_code}, overall and per number in {@code sms}.
 * An overall error or an HTTP error means the provider cannot take messages now (the dispatcher waits); an error for
 * the number is this message's own failure.
 */
public final class SmsRuGateway implements SmsGateway {

    private final URI url;
    private final String apiKey;
    private final String sender;
    private final HttpClient http;

    public SmsRuGateway(URI url, String apiKey, String sender) {
        this.url = url;
        this.apiKey = apiKey;
        this.sender = sender;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public boolean delivers() {
        return true;
    }

    @Override
    public String send(String phone, String text) throws SmsNotSent {
        String to = phone.replaceAll("\\D", "");
        StringBuilder form = new StringBuilder().append("api_id=").append(enc(apiKey)).append("&to=").append(to)
                .append("&msg=").append(enc(text)).append("&json=1");
        if (sender != null && !sender.isBlank()) {
            form.append("&from=").append(enc(sender));
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsNotSent("SMS provider unreachable: " + url.getHost(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("Interrupted while sending", true, e);
        }
        if (response.statusCode() != 200) {
            throw new SmsNotSent("SMS provider answered HTTP " + response.statusCode(), true, null);
        }
        JsonObject answer;
        try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
            answer = r.readObject();
        } catch (RuntimeException e) {
            throw new SmsNotSent("SMS provider answered something other than JSON", true, e);
        }
        if (!"OK".equals(answer.getString("status", ""))) {
            throw new SmsNotSent("SMS provider refused the request: " + describe(answer), true, null);
        }
        JsonObject sms = answer.getJsonObject("sms");
        JsonValue mine = sms == null ? null : sms.get(to);
        if (!(mine instanceof JsonObject result)) {
            throw new SmsNotSent("SMS provider did not answer for " + to, false, null);
        }
        if (!"OK".equals(result.getString("status", ""))) {
            throw new SmsNotSent("SMS provider refused " + to + ": " + describe(result), false, null);
        }
        return result.getString("sms_id", "");
    }

    private static String describe(JsonObject o) {
        return o.containsKey("status_code") ? o.get("status_code") + " " + o.getString("status_text", "") : o.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
