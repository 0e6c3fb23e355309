package org.mfaportal.it.kit.twilio;

import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test helper: the webhook side of Keycloak in miniature. It checks every signature with the SDK's
 * RequestValidator (403 when wrong), records what arrived, and answers a fixed call script.
 */
final class StandInKeycloak implements AutoCloseable {

    record Received(String path, Map<String, String> fields, String signature, String body) {}

    static final String GREETING =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                    + "<Gather action=\"digits\" method=\"POST\" finishOnKey=\"#\" timeout=\"20\">"
                    + "<Say language=\"en-US\">Press the pound key.</Say></Gather>"
                    + "<Say language=\"en-US\">Goodbye.</Say><Hangup/></Response>";
    static final String APPROVED =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                    + "<Say language=\"en-US\">You are signed in.</Say><Hangup/></Response>";
    static final String EMPTY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final HttpServer server;
    private final RequestValidator validator;
    private final List<Received> received = new ArrayList<>();

    StandInKeycloak(String authToken) {
        this.validator = new RequestValidator(authToken);
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(
                "/",
                exchange -> {
                    try (exchange) {
                        String body =
                                new String(
                                        exchange.getRequestBody().readAllBytes(),
                                        StandardCharsets.UTF_8);
                        Map<String, String> fields =
                                Form.parse(body).entrySet().stream()
                                        .collect(
                                                Collectors.toMap(
                                                        Map.Entry::getKey,
                                                        field -> field.getValue().get(0)));
                        String path = exchange.getRequestURI().getPath();
                        String signature =
                                exchange.getRequestHeaders().getFirst(TwilioSignature.HEADER);
                        synchronized (received) {
                            received.add(new Received(path, fields, signature, body));
                        }
                        boolean authentic =
                                signature != null
                                        && validator.validate(
                                                url(path).toString(), fields, signature);
                        String twiml =
                                path.endsWith("/script")
                                        ? GREETING
                                        : path.endsWith("/digits") ? APPROVED : EMPTY;
                        int status = !authentic ? 403 : path.endsWith("/status") ? 204 : 200;
                        byte[] answer =
                                status == 200
                                        ? twiml.getBytes(StandardCharsets.UTF_8)
                                        : new byte[0];
                        exchange.getResponseHeaders().set("Content-Type", "application/xml");
                        exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
                        exchange.getResponseBody().write(answer);
                    }
                });
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    Received last() {
        List<Received> all = received();
        return all.get(all.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
