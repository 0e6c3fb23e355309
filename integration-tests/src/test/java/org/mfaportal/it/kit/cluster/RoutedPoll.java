package org.mfaportal.it.kit.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A waiting page's script, sent to one node: its long poll of the state URL that the page carries
 * in {@code data-state-url} (the page's observable contract, whatever the server does while the
 * poll waits).
 */
public final class RoutedPoll {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RoutedPoll() {}

    /** The state as soon as it is decided, or after {@code waitSeconds}. */
    public static String state(String stateUrl, ClusterNode node, int waitSeconds) {
        try {
            HttpResponse<String> reply =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(stateUrl + "?wait=" + waitSeconds))
                                    .header(Balancer.ROUTE_HEADER, node.name())
                                    .timeout(Duration.ofSeconds(waitSeconds + 30L))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new AssertionError(
                        "The poll on "
                                + node
                                + " answered "
                                + reply.statusCode()
                                + ": "
                                + reply.body());
            }
            return new ObjectMapper().readTree(reply.body()).get("state").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
