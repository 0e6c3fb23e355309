package org.mfaportal.it.kit.firebase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Firebase Cloud Messaging on 127.0.0.1 for the integration tests: Google's OAuth2 token endpoint
 * (the JWT-bearer grant of a service account, its signature checked against the test key) and FCM's
 * HTTP v1 {@code messages:send} (the bearer checked, messages recorded, failures on request).
 */
public final class FakeFirebase implements AutoCloseable {

    public static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /**
     * The audience Google's token endpoint wants in the grant, whatever URL the grant is posted to
     * (Google's library always names it).
     */
    static final String GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token";

    /** Long enough for a message the server sends from its worker thread after commit. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicReference<ServiceAccountKey> account = new AtomicReference<>();
    private final AtomicReference<Path> keyFile = new AtomicReference<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicReference<Duration> tokenLifetime =
            new AtomicReference<>(Duration.ofHours(1));
    private final List<SentMessage> accepted = new CopyOnWriteArrayList<>();
    private final List<SentMessage> refused = new CopyOnWriteArrayList<>();
    private final Map<String, FcmFailure> failures = new ConcurrentHashMap<>();

    private FakeFirebase(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        this.account.set(ServiceAccountKey.fresh(base.resolve("/token")));
        server.createContext("/token", this::token);
        server.createContext("/v1/projects/", this::send);
    }

    public static FakeFirebase start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            ExecutorService threads =
                    Executors.newFixedThreadPool(
                            2,
                            task -> {
                                Thread thread = new Thread(task, "fake-firebase");
                                thread.setDaemon(true);
                                return thread;
                            });
            server.setExecutor(threads);
            FakeFirebase fake = new FakeFirebase(server, threads);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("The fake Firebase could not listen on 127.0.0.1", e);
        }
    }

    /** The provider's base-url option. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The service account whose JSON key the server is given; its token_uri is this fake. */
    public ServiceAccountKey account() {
        return account.get();
    }

    /** Writes the service account's JSON key where the operator's credentials-file points. */
    public Path writeKeyTo(Path file) {
        keyFile.set(file);
        return account.get().writeTo(file);
    }

    /**
     * The operator rotates the key: a new RSA key for the same account, written over the file; from
     * now on only grants signed with it get tokens (tokens already handed out stay valid).
     */
    public void rotateKey() {
        ServiceAccountKey old = account.get();
        account.set(old.withFreshKey());
        account.get().writeTo(keyFile.get());
    }

    /** Access tokens handed out so far (one per JWT-bearer grant). */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    /**
     * The expires_in of tokens handed out from now on. Google's library treats a token with less
     * than 3 minutes left as expired, so a shorter lifetime makes it fetch anew at every use.
     */
    public void tokenLifetime(Duration lifetime) {
        tokenLifetime.set(lifetime);
    }

    /** Answer every message to this registration token with a failure until told otherwise. */
    public void failFor(String registrationToken, FcmFailure failure) {
        failures.put(registrationToken, failure);
    }

    /** Messages accepted for a registration token, oldest first. */
    public List<SentMessage> messagesTo(String registrationToken) {
        return accepted.stream()
                .filter(m -> m.registrationToken().equals(registrationToken))
                .toList();
    }

    /** Messages answered with a failure, for a registration token. */
    public List<SentMessage> refusedTo(String registrationToken) {
        return refused.stream()
                .filter(m -> m.registrationToken().equals(registrationToken))
                .toList();
    }

    /**
     * Waits (up to {@link #PATIENCE}) until {@code count} messages reached this token, accepted or
     * refused: the server sends from its worker after the sign-in's page was answered.
     */
    public List<SentMessage> awaitMessages(String registrationToken, int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<SentMessage> all = new ArrayList<>(messagesTo(registrationToken));
            all.addAll(refusedTo(registrationToken));
            if (all.size() >= count) {
                return all;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(
                "fewer than " + count + " Firebase messages to that token within " + PATIENCE);
    }

    // ---- Google's token endpoint ----

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form =
                    form(
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8));
            String refusal = checkGrant(form);
            if (refusal != null) {
                reply(
                        exchange,
                        400,
                        "{\"error\":\"invalid_grant\",\"error_description\":\"" + refusal + "\"}");
                return;
            }
            Duration lifetime = tokenLifetime.get();
            String token = "ya29.fake-" + UUID.randomUUID();
            accessTokens.put(token, Instant.now().plus(lifetime));
            tokensIssued.incrementAndGet();
            reply(
                    exchange,
                    200,
                    "{\"access_token\":\""
                            + token
                            + "\",\"expires_in\":"
                            + lifetime.toSeconds()
                            + ",\"token_type\":\"Bearer\"}");
        }
    }

    /** Null when the grant is a JWT signed by the service account for this endpoint and scope. */
    private String checkGrant(Map<String, String> form) {
        if (!JWT_BEARER.equals(form.get("grant_type"))) {
            return "unsupported grant_type";
        }
        String[] jwt = form.getOrDefault("assertion", "").split("\\.");
        if (jwt.length != 3) {
            return "no JWT assertion";
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            ServiceAccountKey account = this.account.get();
            rs256.initVerify(account.publicKey());
            rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
            if (!"RS256".equals(header.path("alg").asText())
                    || !rs256.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
                return "Invalid JWT Signature.";
            }
            long now = Instant.now().getEpochSecond();
            if (!account.clientEmail().equals(claims.path("iss").asText())
                    || !GOOGLE_TOKEN_AUDIENCE.equals(claims.path("aud").asText())
                    || !List.of(claims.path("scope").asText().split(" ")).contains(SCOPE)
                    || claims.path("exp").asLong() < now
                    || claims.path("iat").asLong() > now + 60) {
                return "wrong iss, aud, scope or time";
            }
            return null;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return "unreadable JWT";
        }
    }

    // ---- FCM's messages:send ----

    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/v1/projects/";
            if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/messages:send")) {
                reply(exchange, 404, "{}");
                return;
            }
            String project =
                    path.substring(prefix.length(), path.length() - "/messages:send".length());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String bearer =
                    authorization != null && authorization.startsWith("Bearer ")
                            ? authorization.substring(7)
                            : "";
            Instant expires = accessTokens.get(bearer);
            if (expires == null || expires.isBefore(Instant.now())) {
                reply(exchange, 401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}");
                return;
            }
            if (!project.equals(account.get().projectId())) {
                reply(exchange, 403, "{\"error\":{\"code\":403,\"status\":\"PERMISSION_DENIED\"}}");
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            SentMessage message = new SentMessage(project, body.path("message"));
            FcmFailure failure = failures.get(message.registrationToken());
            if (failure != null) {
                refused.add(message);
                reply(exchange, failure.status, failure.body());
                return;
            }
            accepted.add(message);
            reply(
                    exchange,
                    200,
                    "{\"name\":\"projects/" + project + "/messages/" + accepted.size() + "\"}");
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
