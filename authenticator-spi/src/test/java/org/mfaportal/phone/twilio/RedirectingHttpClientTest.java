package org.mfaportal.phone.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The redirected request is the SDK's request, credentials included, at another base URL. */
class RedirectingHttpClientTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private final Map<String, String> received = new ConcurrentHashMap<>();
    private HttpServer server;

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    try (exchange) {
                        received.put("path", exchange.getRequestURI().getPath());
                        received.put(
                                "authorization",
                                String.valueOf(
                                        exchange.getRequestHeaders().getFirst("Authorization")));
                        received.put(
                                "body",
                                new String(
                                        exchange.getRequestBody().readAllBytes(),
                                        StandardCharsets.UTF_8));
                        byte[] json =
                                "{\"sid\":\"SM0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}"
                                        .getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", "application/json");
                        exchange.sendResponseHeaders(201, json.length);
                        exchange.getResponseBody().write(json);
                    }
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheAccountsBasicCredentialsToTheOtherBaseUrl() {
        String base =
                "http://"
                        + server.getAddress().getHostString()
                        + ":"
                        + server.getAddress().getPort();
        TwilioRestClient client =
                new TwilioRestClient.Builder(ACCOUNT, TOKEN)
                        .httpClient(new RedirectingHttpClient(base + "/"))
                        .build();

        Message message =
                Message.creator(
                                new PhoneNumber("+15005550100"),
                                new PhoneNumber("+15005550006"),
                                "hi")
                        .create(client);

        assertThat(message.getSid()).isEqualTo("SM0123456789abcdef0123456789abcdef");
        assertThat(received.get("path"))
                .isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        assertThat(received.get("authorization"))
                .isEqualTo(
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (ACCOUNT + ":" + TOKEN)
                                                        .getBytes(StandardCharsets.US_ASCII)));
        assertThat(received.get("body")).isEqualTo("To=%2B15005550100&From=%2B15005550006&Body=hi");
    }
}
