package org.mfaportal.push.firebase;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * Sends one message to FCM's HTTP v1 API with the service account's bearer token. Runs on the
 * factory's worker, after the sign-in's transaction committed; whatever happens is logged here and
 * goes no further (the app polls).
 */
final class FcmSender {

    private static final Logger LOG = Logger.getLogger(FcmSender.class);

    private final Duration timeout;

    /**
     * Built at the first message, not at start: a JDK HTTP client initialises TLS (43 ms of the
     * start's main thread in a recording), which a server whose realms do not use Firebase should
     * not pay at every start.
     */
    private volatile HttpClient http;

    FcmSender(Duration timeout) {
        this.timeout = timeout;
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client =
                            HttpClient.newBuilder()
                                    .connectTimeout(timeout)
                                    .followRedirects(HttpClient.Redirect.NEVER)
                                    .build();
                    http = client;
                }
            }
        }
        return client;
    }

    /** What a log line may say about one message: the realm and the device's serial, no token. */
    record Recipient(String realm, String serial) {}

    private static String shortened(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    void send(Recipient to, GoogleCredentials credentials, URI sendUrl, Map<String, Object> body) {
        String bearer;
        try {
            credentials.refreshIfExpired();
            AccessToken token = credentials.getAccessToken();
            bearer = token.getTokenValue();
        } catch (IOException | RuntimeException e) {
            // The token endpoint's refusal names the account and the reason, never a key.
            LOG.warnf(
                    "Firebase: no access token for the service account of realm %s (%s: %s); the"
                            + " app of device %s polls",
                    to.realm(),
                    e.getClass().getSimpleName(),
                    shortened(e.getMessage()),
                    to.serial());
            return;
        }
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(sendUrl)
                            .timeout(timeout)
                            .header("Authorization", "Bearer " + bearer)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            JsonSerialization.writeValueAsString(body)))
                            .build();
            HttpResponse<String> response =
                    http().send(request, HttpResponse.BodyHandlers.ofString());
            FcmOutcome outcome = FcmOutcome.of(response.statusCode(), response.body());
            if (outcome.sent()) {
                LOG.debugf("Firebase: sent to device %s of realm %s", to.serial(), to.realm());
            } else {
                LOG.warnf(
                        "Firebase: not sent to device %s of realm %s: %s; the app polls",
                        to.serial(), to.realm(), outcome.describe());
            }
        } catch (HttpTimeoutException e) {
            LOG.warnf(
                    "Firebase: no answer within %d ms for device %s of realm %s; the app polls",
                    timeout.toMillis(), to.serial(), to.realm());
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    "Firebase: could not reach FCM for device %s of realm %s (%s); the app polls",
                    to.serial(), to.realm(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
