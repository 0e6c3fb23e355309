package org.mfaportal.it.kit.twilio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Posts webhooks to Keycloak the way Twilio does: a form POST with X-Twilio-Signature computed with
 * the account's auth token. Also the forgeries that security tests need: no signature, a signature
 * made with another token, and the last signed request sent again byte for byte.
 */
public final class Webhooks {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private record Signed(URI url, String body, String signature) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String authToken;
    private Signed last;

    /** The newest signed webhook to each URL, for replaying one of a kind (keys, status). */
    private final Map<URI, Signed> lastTo = new java.util.concurrent.ConcurrentHashMap<>();

    Webhooks(String authToken) {
        this.authToken = authToken;
    }

    /** As Twilio posts it. */
    public WebhookReply postSigned(URI url, Map<String, String> fields) {
        Signed signed =
                new Signed(
                        url,
                        Form.encode(fields),
                        TwilioSignature.of(authToken, url.toString(), fields));
        synchronized (this) {
            last = signed;
        }
        lastTo.put(url, signed);
        return send(signed.url(), signed.body(), signed.signature());
    }

    public WebhookReply postUnsigned(URI url, Map<String, String> fields) {
        return send(url, Form.encode(fields), null);
    }

    /** Signed like Twilio, but with another account's token: a forger who guessed the format. */
    public WebhookReply postWronglySigned(URI url, Map<String, String> fields) {
        String otherToken = TwilioAccount.random().authToken();
        return send(
                url, Form.encode(fields), TwilioSignature.of(otherToken, url.toString(), fields));
    }

    /** The last signed webhook again, exactly as it was sent: what an eavesdropper could replay. */
    public WebhookReply replayLast() {
        Signed replayed;
        synchronized (this) {
            replayed = last;
        }
        if (replayed == null) {
            throw new IllegalStateException("No signed webhook was sent yet");
        }
        return send(replayed.url(), replayed.body(), replayed.signature());
    }

    /**
     * The newest signed webhook to this URL again, byte for byte (e.g. a call's keys, or its status
     * callback).
     */
    public WebhookReply replayLastTo(URI url) {
        Signed replayed = lastTo.get(url);
        if (replayed == null) {
            throw new IllegalStateException("No signed webhook was sent to " + url);
        }
        return send(replayed.url(), replayed.body(), replayed.signature());
    }

    private WebhookReply send(URI url, String form, String signature) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url)
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("User-Agent", "TwilioProxy/1.1")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        if (signature != null) {
            request.header(TwilioSignature.HEADER, signature);
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new WebhookReply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Webhook to " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
