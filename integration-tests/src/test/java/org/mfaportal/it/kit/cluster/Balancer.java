package org.mfaportal.it.kit.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cluster's load balancer: a reverse proxy on a free port of 127.0.0.1 whose address is both
 * nodes' public URL ({@code --hostname}), so every link, form and webhook URL points at it. A test
 * decides where each request goes, as a load balancer's routing would: a browser marks its requests
 * with {@link #ROUTE_HEADER} (sticky to a node until the test moves it), and everything unmarked
 * (gateway webhooks, the phone app, the admin API) goes to the node of {@link #sendUnmarkedTo}.
 */
public final class Balancer implements AutoCloseable {

    /** Which node a request goes to: a node's name. Removed before the request is passed on. */
    public static final String ROUTE_HEADER = "X-Test-Route-To";

    /** Not passed on: hop-by-hop, or set by the JDK's client itself. */
    private static final Set<String> NOT_FORWARDED =
            Set.of(
                    "host",
                    "connection",
                    "content-length",
                    "transfer-encoding",
                    "keep-alive",
                    "expect",
                    "upgrade",
                    ROUTE_HEADER.toLowerCase(Locale.ROOT));

    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final Map<String, Integer> nodePorts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String unmarkedTo;

    private Balancer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static Balancer start() throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        // Long polls hold a thread each while they wait.
        ExecutorService threads =
                Executors.newCachedThreadPool(
                        task -> {
                            Thread thread = new Thread(task, "balancer");
                            thread.setDaemon(true);
                            return thread;
                        });
        server.setExecutor(threads);
        Balancer balancer = new Balancer(server, threads);
        server.createContext("/", balancer::forward);
        server.start();
        return balancer;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A node it may send requests to, by name, listening on this loopback port. */
    void add(String node, int port) {
        nodePorts.put(node, port);
        if (unmarkedTo == null) {
            unmarkedTo = node;
        }
    }

    /** From now on, requests without a route header go to this node. */
    public void sendUnmarkedTo(ClusterNode node) {
        unmarkedTo = node.name();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestHeaders().getFirst(ROUTE_HEADER);
            Integer port = nodePorts.get(route == null ? unmarkedTo : route);
            if (port == null) {
                reply(exchange, 421, "no such node: " + route);
                return;
            }
            HttpResponse<byte[]> answer;
            try {
                answer =
                        http.send(request(exchange, port), HttpResponse.BodyHandlers.ofByteArray());
            } catch (ConnectException e) {
                reply(exchange, 502, "node down");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply(exchange, 502, "interrupted");
                return;
            }
            answer.headers()
                    .map()
                    .forEach(
                            (name, values) -> {
                                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))
                                        && !name.startsWith(":")) {
                                    exchange.getResponseHeaders().put(name, values);
                                }
                            });
            byte[] body = answer.body();
            boolean empty = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : body.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private HttpRequest request(HttpExchange exchange, int port) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + exchange.getRequestURI().toString());
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(90))
                        .method(
                                exchange.getRequestMethod(),
                                body.length == 0
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders()
                .forEach(
                        (name, values) -> {
                            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                                values.forEach(value -> request.header(name, value));
                            }
                        });
        return request.build();
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
