package org.mfaportal.it.waiting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Long polls as a waiting page's script makes them, many at once on one HTTP client (a connection
 * each), without a thread each on this side either.
 */
final class LongPolls {

    /** What one poll got, and when (System.nanoTime) it was sent and answered. */
    record Answer(int status, String body, long sentAt, long answeredAt) {

        Duration took() {
            return Duration.ofNanos(answeredAt - sentAt);
        }

        String state() {
            return status == 200
                    ? body.replaceAll(".*\"state\"\\s*:\\s*\"([A-Z_]+)\".*", "$1")
                    : "";
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30))
                    .build();

    /** One poll, from the given client address (behind the test server's trusted proxy). */
    CompletableFuture<Answer> poll(String stateUrl, int waitSeconds, String client) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(stateUrl + "?wait=" + waitSeconds))
                        .header("X-Forwarded-For", client)
                        .timeout(Duration.ofSeconds(waitSeconds + 60L))
                        .build();
        long sentAt = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Answer(r.statusCode(), r.body(), sentAt, System.nanoTime()));
    }

    /**
     * As the page's script does: asks again while the answer is PENDING, and 2 s after a refusal
     * (its error path), until another state comes.
     */
    CompletableFuture<Answer> untilDecided(String stateUrl, int waitSeconds, String client) {
        return poll(stateUrl, waitSeconds, client)
                .thenCompose(
                        a -> {
                            if ("PENDING".equals(a.state())) {
                                return untilDecided(stateUrl, waitSeconds, client);
                            }
                            if (a.status() == 429) {
                                return CompletableFuture.supplyAsync(
                                                () -> null,
                                                CompletableFuture.delayedExecutor(
                                                        2, TimeUnit.SECONDS))
                                        .thenCompose(
                                                x -> untilDecided(stateUrl, waitSeconds, client));
                            }
                            return CompletableFuture.completedFuture(a);
                        });
    }

    /** The realm's OIDC discovery document: how long an ordinary request takes meanwhile. */
    Duration discovery(String realmUrl) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> reply =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(realmUrl + "/.well-known/openid-configuration"))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200 || !reply.body().contains("issuer")) {
            throw new IllegalStateException("discovery answered " + reply.statusCode());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
