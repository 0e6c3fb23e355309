package org.mfaportal.phone.dev;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts the virtual phone's webhooks: a form, signed over the absolute URL with the dev token
 * ({@link WebhookSignature}). Only below the realm's webhook root at the configured public URL:
 * whatever Host a request carried, the page cannot be made to post to another address (no SSRF).
 */
final class WebhookPoster {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** How a webhook answered; status 0 when it could not be reached. */
    record Reply(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String describe(String what) {
            return status == 0 ? what + ": not reached (" + body + ")" : what + ": HTTP " + status;
        }
    }

    private final HttpClient http;
    private final String authToken;
    private final String allowedPrefix;

    /**
     * {@code allowedPrefix}: the absolute URL every target must start with, e.g.
     * https://sso.example.com/realms/x/mfa-portal/phone/.
     */
    WebhookPoster(HttpClient http, String authToken, String allowedPrefix) {
        this.http = http;
        this.authToken = authToken;
        this.allowedPrefix = allowedPrefix;
    }

    Reply post(URI url, Map<String, String> fields) {
        if (!allowed(url)) {
            return new Reply(0, "refused to post outside " + allowedPrefix);
        }
        HttpRequest request =
                HttpRequest.newBuilder(url)
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header(
                                WebhookSignature.HEADER,
                                WebhookSignature.sign(authToken, url.toString(), fields))
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(
                    0,
                    e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "interrupted");
        }
    }

    boolean allowed(URI url) {
        return url.isAbsolute()
                && url.getRawUserInfo() == null
                && url.getRawPath() != null
                && !url.getRawPath().contains("/..")
                && url.toString().startsWith(allowedPrefix);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
