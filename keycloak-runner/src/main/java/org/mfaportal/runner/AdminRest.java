package org.mfaportal.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Keycloak's admin REST as the master realm's bootstrap administrator: just enough for the setup
 * that a realm export cannot carry (see {@link DemoAfterImport}).
 */
public final class AdminRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private AdminRest(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs in to the master realm's admin-cli with the bootstrap administrator's password. */
    public static AdminRest signIn(URI base, String username, String password) {
        String form =
                "grant_type=password&client_id=admin-cli&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve("/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
        JsonNode reply = new AdminRest(base, null).send(request, 200);
        return new AdminRest(base, reply.path("access_token").asText());
    }

    public JsonNode get(String path) {
        return send(builder(path).GET().build(), 200);
    }

    /** POSTs JSON and answers the created representation (Keycloak's authz REST returns it). */
    public JsonNode post(String path, Object body) {
        try {
            return send(
                    builder(path)
                            .header("Content-Type", "application/json")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            JSON.writeValueAsString(body)))
                            .build(),
                    201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PUTs JSON (Keycloak answers 204); a partial representation changes only its fields. */
    public void put(String path, Object body) {
        try {
            send(
                    builder(path)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    204);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String path) {
        send(builder(path).DELETE().build(), 204);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != expected) {
                throw new IllegalStateException(
                        request.method()
                                + " "
                                + request.uri()
                                + ": HTTP "
                                + reply.statusCode()
                                + " "
                                + reply.body());
            }
            return reply.body().isBlank() ? JSON.nullNode() : JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
