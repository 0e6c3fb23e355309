package org.mfaportal.device;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A privacyIDEA-shaped push endpoint on loopback, checking what the device sends exactly as spec
 * §2, §2b, §4 and §5 say a server must. It records every request so tests can look at the exact
 * fields.
 */
final class FakePushServer implements AutoCloseable {

    static final String SERIAL = "PIPU0001A2B3";
    static final String CREDENTIAL = "3f1c9a0e5b7d2468ace013579bdf02468ace1357";
    static final String PATH = "/realms/demo/pipush";

    record Received(String method, String contentType, Map<String, String> fields) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private static final KeyPair SERVER_KEYS =
            RsaKeys.generate(2048); // one for all tests: key generation is the slow part
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> challenges = new CopyOnWriteArrayList<>();
    private volatile PublicKey deviceKey;
    private volatile String correctOption;
    private volatile String enrollmentKeyText;

    FakePushServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /**
     * As privacyIDEA writes it: quote() keeps '/', so
     * "http%3A//127.0.0.1%3A1234/realms/demo/pipush".
     */
    String enrollmentUri() {
        String url = url().replace(":", "%3A");
        return "otpauth://pipush/"
                + SERIAL
                + "?url="
                + url
                + "&ttl=10&issuer=privacyIDEA&enrollment_credential="
                + CREDENTIAL
                + "&v=1&serial="
                + SERIAL
                + "&sslverify=0&poll_only=True";
    }

    RSAPublicKey serverKey() {
        return (RSAPublicKey) SERVER_KEYS.getPublic();
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    /**
     * Offers a challenge, signed over {@code signedUrl} (normally the canonical form of {@code
     * sentUrl}).
     */
    Map<String, Object> offer(
            String nonce, String sentUrl, String signedUrl, List<String> options) {
        Map<String, Object> challenge = new LinkedHashMap<>();
        challenge.put("nonce", nonce);
        challenge.put("question", "Do you want to confirm the login?");
        challenge.put("serial", SERIAL);
        challenge.put("title", "privacyIDEA");
        challenge.put("sslverify", "0");
        challenge.put("url", sentUrl);
        String signed =
                String.join(
                        "|",
                        nonce,
                        signedUrl,
                        SERIAL,
                        "Do you want to confirm the login?",
                        "privacyIDEA",
                        "0");
        if (!options.isEmpty()) {
            challenge.put("require_presence", String.join(",", options));
            challenge.put("version", "2");
            signed += "|" + String.join(",", options);
            correctOption = options.get(1);
        }
        challenge.put("signature", RsaKeys.sign(SERVER_KEYS.getPrivate(), signed));
        challenges.add(challenge);
        return challenge;
    }

    /** privacyIDEA 3.14's §9: announces decline reasons, signed with the challenge's nonce. */
    Map<String, Object> announceDeclineReasons(Map<String, Object> challenge) {
        challenge.put("capabilities", "{\"decline_reason\": true}");
        challenge.put(
                "capabilities_signature",
                RsaKeys.sign(
                        SERVER_KEYS.getPrivate(),
                        "{\"capabilities\":{\"decline_reason\":true},\"nonce\":\""
                                + challenge.get("nonce")
                                + "\"}"));
        return challenge;
    }

    Map<String, Object> offer(String nonce, List<String> options) {
        return offer(nonce, url(), url(), options);
    }

    /**
     * Answers the next enrollments with this text in detail.public_key instead of the PKCS#1 key.
     */
    void sendAsServerKey(String text) {
        enrollmentKeyText = text;
    }

    /** As if the token were deleted on the server: every signed request is then refused. */
    void forgetDevice() {
        deviceKey = null;
    }

    /** The option the login page would show, for number matching. */
    String correctOption() {
        return correctOption;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
        boolean get = exchange.getRequestMethod().equals("GET");
        Map<String, String> fields = form(get ? exchange.getRequestURI().getRawQuery() : body);
        received.add(
                new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        fields));
        if (get) {
            boolean signed =
                    verifies(
                            fields.get("serial") + "|" + fields.get("timestamp"),
                            fields.get("signature"));
            reply(
                    exchange,
                    signed ? 200 : 400,
                    signed
                            ? result(new ArrayList<>(challenges))
                            : error("Could not verify signature!"));
        } else if (fields.containsKey("fbtoken") && fields.containsKey("pubkey")) {
            enroll(exchange, fields);
        } else if (fields.containsKey("new_fb_token")) {
            boolean signed =
                    verifies(
                            fields.get("new_fb_token")
                                    + "|"
                                    + fields.get("serial")
                                    + "|"
                                    + fields.get("timestamp"),
                            fields.get("signature"));
            reply(
                    exchange,
                    signed ? 200 : 400,
                    signed ? result(true) : error("Could not verify signature!"));
        } else {
            reply(exchange, 200, result(answerAccepted(fields)));
        }
    }

    private void enroll(HttpExchange exchange, Map<String, String> fields) throws IOException {
        if (!CREDENTIAL.equals(fields.get("enrollment_credential"))) {
            reply(
                    exchange,
                    400,
                    error(
                            "ERR905: Invalid enrollment credential. You are not authorized to finalize this token."));
            return;
        }
        deviceKey = RsaKeys.fromSpkiBase64(fields.get("pubkey"));
        Map<String, Object> reply = new LinkedHashMap<>(result(true));
        reply.put(
                "detail",
                Map.of(
                        "serial",
                        SERIAL,
                        "rollout_state",
                        "enrolled",
                        "public_key",
                        enrollmentKeyText != null
                                ? enrollmentKeyText
                                : RsaKeys.pkcs1Base64(serverKey())));
        reply(exchange, 200, reply);
    }

    /**
     * privacyIDEA's _handle_auth_response: the signed string decides; a wrong option is
     * value:false.
     */
    private boolean answerAccepted(Map<String, String> fields) {
        String text = fields.get("nonce") + "|" + fields.get("serial");
        if ("1".equals(fields.get("decline"))) {
            text += "|decline";
            if (fields.get("decline_reason") != null) {
                text += "|" + fields.get("decline_reason");
            }
        }
        String presence = fields.get("presence_answer");
        if (presence != null) {
            text += "|" + presence;
        }
        boolean signed = verifies(text, fields.get("signature"));
        return signed && (presence == null || presence.equals(correctOption));
    }

    private boolean verifies(String text, String signature) {
        return deviceKey != null && signature != null && RsaKeys.verify(deviceKey, text, signature);
    }

    private static Map<String, Object> result(Object value) {
        return Map.of("jsonrpc", "2.0", "result", Map.of("status", true, "value", value));
    }

    private static Map<String, Object> error(String message) {
        return Map.of(
                "jsonrpc",
                "2.0",
                "result",
                Map.of("status", false, "error", Map.of("code", 10, "message", message)));
    }

    private static void reply(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, equals), UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), UTF_8));
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
