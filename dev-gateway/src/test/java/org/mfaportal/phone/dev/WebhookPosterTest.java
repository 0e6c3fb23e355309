package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookPosterTest {

    private static final String ROOT = "/realms/mfa-demo/mfa-portal/phone/";

    private HttpServer server;
    private final AtomicReference<String> signature = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                ROOT,
                exchange -> {
                    signature.set(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER));
                    body.set(
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8));
                    byte[] twiml = "<Response/>".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, twiml.length);
                    exchange.getResponseBody().write(twiml);
                    exchange.close();
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsAFormSignedOverTheExactUrl() {
        URI url =
                URI.create(
                        "http://127.0.0.1:"
                                + server.getAddress().getPort()
                                + ROOT
                                + "texts/inbound");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("From", "+14155550100");
        fields.put("Body", "483920 & 1357 = ok?");

        WebhookPoster.Reply reply = poster(url.getPort()).post(url, fields);

        assertThat(reply.ok()).isTrue();
        assertThat(reply.body()).isEqualTo("<Response/>");
        assertThat(decode(body.get())).isEqualTo(fields);
        assertThat(
                        WebhookSignature.verify(
                                DevSettings.DEFAULT_AUTH_TOKEN,
                                url.toString(),
                                decode(body.get()),
                                signature.get()))
                .isTrue();
    }

    @Test
    void refusesToPostOutsideTheRealmsWebhooksAtThePublicUrl() {
        int port = server.getAddress().getPort();
        for (String elsewhere :
                new String[] {
                    "http://127.0.0.1:" + port + "/realms/other/mfa-portal/phone/texts/inbound",
                    "http://127.0.0.1:" + port + ROOT + "../../../admin",
                    "file:///etc/passwd",
                    "/relative" + ROOT,
                    // Same path on another host or port: what a forged Host header would have made
                    // of it (SSRF).
                    "http://localhost:" + port + ROOT + "texts/inbound",
                    "http://169.254.169.254" + ROOT + "texts/inbound",
                    "http://127.0.0.1:" + (port + 1) + ROOT + "texts/inbound",
                    "http://127.0.0.1:" + port + "@evil.example" + ROOT + "texts/inbound"
                }) {
            WebhookPoster.Reply reply =
                    poster(port).post(URI.create(elsewhere), Map.of("Body", "x"));

            assertThat(reply.status()).as(elsewhere).isZero();
        }
        assertThat(body.get()).isNull();
    }

    @Test
    void anUnreachableWebhookIsAnAnswerNotAnError() {
        server.stop(0);
        int port = server.getAddress().getPort();
        WebhookPoster.Reply reply =
                poster(port)
                        .post(
                                URI.create("http://127.0.0.1:" + port + ROOT + "texts/inbound"),
                                Map.of());

        assertThat(reply.status()).isZero();
        assertThat(reply.describe("reply webhook")).startsWith("reply webhook: not reached");
    }

    /**
     * As the dev gateway makes it: only below the realm's webhooks at the configured public URL.
     */
    private static WebhookPoster poster(int port) {
        return new WebhookPoster(
                HttpClient.newHttpClient(),
                DevSettings.DEFAULT_AUTH_TOKEN,
                "http://127.0.0.1:" + port + ROOT);
    }

    private static Map<String, String> decode(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
