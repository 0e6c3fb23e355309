package org.mfaportal.it.kit;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.List;
import java.util.Map;

/** Keycloak's admin REST API as the master realm's admin, plus any bearer-token caller. */
public final class AdminClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String username;
    private final String password;
    private final String realm;
    private final String clientId;
    private String token;

    /**
     * The tests' own public client for password grants in a test realm: the demo realm allows no
     * password-only token (its admin-cli has direct access grants off, issue 12.5), so permission
     * tests bring their own.
     */
    public static final String TEST_PASSWORD_GRANT_CLIENT = "mfa-it-password-grant";

    AdminClient(URI base, String username, String password) {
        this(base, username, password, "master", "admin-cli");
    }

    private AdminClient(URI base, String username, String password, String realm, String clientId) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.realm = realm;
        this.clientId = clientId;
    }

    /**
     * A client acting as another user of a realm (through the tests' password-grant client), for
     * permission tests.
     */
    public AdminClient as(String realm, String username, String password) {
        Reply created =
                post(
                        "/admin/realms/" + realm + "/clients",
                        Map.of(
                                "clientId",
                                TEST_PASSWORD_GRANT_CLIENT,
                                "publicClient",
                                true,
                                "directAccessGrantsEnabled",
                                true,
                                "standardFlowEnabled",
                                false));
        if (created.status() != 201 && created.status() != 409) {
            throw new AssertionError(
                    "Test client not created in "
                            + realm
                            + ": "
                            + created.status()
                            + " "
                            + created.body());
        }
        return new AdminClient(base, username, password, realm, TEST_PASSWORD_GRANT_CLIENT);
    }

    /** A reply: status and JSON body. */
    public record Reply(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        public Reply requireStatus(int expected) {
            if (status != expected) {
                throw new AssertionError(
                        "Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    /**
     * Sends JSON with a bearer token, fetching a fresh token once if the server says it expired.
     */
    public Reply send(String method, String path, Object body) {
        if (token == null) {
            token = fetchToken();
        }
        Reply reply = sendOnce(method, path, body, token);
        if (reply.status() == 401) {
            token = fetchToken();
            reply = sendOnce(method, path, body, token);
        }
        return reply;
    }

    /** The same request with someone else's bearer token (e.g. a user's, from an app). */
    public Reply sendWithToken(String method, String path, Object body, String bearer) {
        return sendOnce(method, path, body, bearer);
    }

    /** The same request with no token at all. */
    public Reply sendAnonymously(String method, String path, Object body) {
        return sendOnce(method, path, body, null);
    }

    /**
     * Sends these exact bytes as a JSON body (for bodies no serializer would write: a BOM, trailing
     * text).
     */
    public Reply sendRawJson(String method, String path, byte[] body) {
        if (token == null) {
            token = fetchToken();
        }
        return sendOnce(method, path, new RawJson(body), token);
    }

    private record RawJson(byte[] bytes) {}

    private Reply sendOnce(String method, String path, Object body, String bearer) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(base.resolve(path))
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : body instanceof RawJson raw
                                                    ? HttpRequest.BodyPublishers.ofByteArray(
                                                            raw.bytes())
                                                    : HttpRequest.BodyPublishers.ofString(
                                                            JSON.writeValueAsString(body)))
                            .header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String fetchToken() {
        String form =
                "grant_type=password&client_id="
                        + encode(clientId)
                        + "&username="
                        + encode(username)
                        + "&password="
                        + encode(password);
        try {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(
                                            base.resolve(
                                                    "/realms/"
                                                            + realm
                                                            + "/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("No token for " + username + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the realm's users, events and portal settings ----

    /** Creates a user with a password and the given extra credentials; returns the user's id. */
    public String createUser(
            String realmName,
            String username,
            String userPassword,
            List<Map<String, Object>> credentials) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        all.add(Map.of("type", "password", "value", userPassword, "temporary", false));
        all.addAll(credentials);
        Reply reply =
                post(
                        "/admin/realms/" + realmName + "/users",
                        Map.of(
                                "username",
                                username,
                                "enabled",
                                true,
                                "email",
                                username + "@example.org",
                                "emailVerified",
                                true,
                                "firstName",
                                "Test",
                                "lastName",
                                username,
                                "credentials",
                                all));
        reply.requireStatus(201);
        return get("/admin/realms/" + realmName + "/users?exact=true&username=" + encode(username))
                .requireStatus(200)
                .json()
                .get(0)
                .get("id")
                .asText();
    }

    public List<String> credentialTypes(String realmName, String userId) {
        JsonNode credentials =
                get("/admin/realms/" + realmName + "/users/" + userId + "/credentials")
                        .requireStatus(200)
                        .json();
        List<String> types = new java.util.ArrayList<>();
        credentials.forEach(c -> types.add(c.get("type").asText()));
        return types;
    }

    /** Login events of one user, newest first. */
    public List<JsonNode> events(String realmName, String userId, String type) {
        JsonNode events =
                get("/admin/realms/" + realmName + "/events?user=" + userId + "&type=" + type)
                        .requireStatus(200)
                        .json();
        List<JsonNode> list = new java.util.ArrayList<>();
        events.forEach(list::add);
        return list;
    }

    /**
     * The user's failed sign-ins in Keycloak's brute-force protection, once they reach {@code
     * atLeast} (Keycloak records them just after answering the page), waiting at most 10 s.
     */
    public int failedLogins(String realmName, String userId, int atLeast) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            int failures =
                    get("/admin/realms/"
                                    + realmName
                                    + "/attack-detection/brute-force/users/"
                                    + userId)
                            .requireStatus(200)
                            .json()
                            .get("numFailures")
                            .asInt();
            if (failures >= atLeast || System.nanoTime() > deadline) {
                return failures;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(
                    java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    public Map<String, Object> portalSettings(String realmName) {
        try {
            return JSON.readValue(
                    get("/admin/realms/" + realmName + "/mfa-portal/settings")
                            .requireStatus(200)
                            .body(),
                    new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply updatePortalSettings(String realmName, Map<String, ?> changes) {
        return put("/admin/realms/" + realmName + "/mfa-portal/settings", changes);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
