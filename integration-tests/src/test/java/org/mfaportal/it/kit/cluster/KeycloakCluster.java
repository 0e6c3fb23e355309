package org.mfaportal.it.kit.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.runner.DemoAfterImport;
import org.mfaportal.runner.KeycloakDistribution;
import org.mfaportal.runner.KeycloakProcess;

/**
 * Two real Keycloak nodes (the same distribution and JARs as {@link KeycloakServer}, each unpacked
 * and built with {@code --db=postgres} in its own folder) sharing one {@link Postgres}, joined in
 * one Infinispan cluster by Keycloak's default JDBC-ping discovery, behind one {@link Balancer}.
 * The phone gateway is "dev", so the virtual phone shows what either node sent. One pair for the
 * whole run: test classes get it as a parameter,
 * {@code @ExtendWith(KeycloakCluster.Extension.class)}.
 */
public final class KeycloakCluster implements ExtensionContext.Store.CloseableResource {

    private final Postgres postgres;
    private final Balancer balancer;
    private final List<ClusterNode> nodes;
    private final KeycloakServer server;

    private KeycloakCluster(
            Postgres postgres, Balancer balancer, List<ClusterNode> nodes, KeycloakServer server) {
        this.postgres = postgres;
        this.balancer = balancer;
        this.nodes = nodes;
        this.server = server;
    }

    public ClusterNode nodeA() {
        return nodes.get(0);
    }

    public ClusterNode nodeB() {
        return nodes.get(1);
    }

    /**
     * The demo realm as the balancer serves it: admin API, users, settings scopes, the demo app.
     */
    public KeycloakServer server() {
        return server;
    }

    public Balancer balancer() {
        return balancer;
    }

    /** A browser whose requests the balancer sends to {@code node} (until {@link #moveTo}). */
    public Browser browserOn(ClusterNode node) {
        return server.browser().header(Balancer.ROUTE_HEADER, node.name());
    }

    /** The balancer sends this browser's next requests to another node. */
    public static void moveTo(Browser browser, ClusterNode node) {
        browser.header(Balancer.ROUTE_HEADER, node.name());
    }

    public Postgres postgres() {
        return postgres;
    }

    @Override
    public void close() {
        try {
            nodes.forEach(ClusterNode::stop);
            balancer.close();
        } finally {
            postgres.close();
        }
    }

    static KeycloakCluster start() throws Exception {
        Path work = property("mfa.cluster.work");
        Files.createDirectories(work);
        List<KeycloakDistribution> dists = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            // Built before PostgreSQL starts: a failed build leaves nothing running.
            dists.add(prepare(work.resolve("node-" + name)));
        }
        Postgres postgres = Postgres.start(work.resolve("postgres"));
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        Balancer balancer = null;
        List<ClusterNode> nodes = new ArrayList<>();
        try {
            balancer = Balancer.start();
            Duration patience =
                    Duration.ofMinutes(Long.getLong("mfa.keycloak.readyMinutes", 4) + 2);
            // One after the other: the first creates the schema and imports the realm.
            nodes.add(startNode("a", dists.get(0), postgres, balancer, true, patience));
            nodes.add(startNode("b", dists.get(1), postgres, balancer, false, patience));
            awaitClusterOf(2, nodes, patience);
            KeycloakServer server =
                    KeycloakServer.behindBalancer(balancer.url(), nodes.get(0).log());
            DemoAfterImport.apply(server.adminRest(), property("mfa.realm.export"));
            server.admin()
                    .put("/admin/realms/" + KeycloakServer.REALM, Map.of("sslRequired", "none"))
                    .requireStatus(204);
            return new KeycloakCluster(postgres, balancer, nodes, server);
        } catch (Throwable e) {
            nodes.forEach(ClusterNode::stop);
            if (balancer != null) {
                balancer.close();
            }
            postgres.close();
            throw e;
        }
    }

    private static KeycloakDistribution prepare(Path folder) throws Exception {
        KeycloakDistribution keycloak =
                KeycloakDistribution.unpack(property("keycloak.dist.zip"), folder);
        List<Path> providers = new ArrayList<>(jarsIn(property("mfa.providers.dir")));
        providers.addAll(jarsIn(property("mfa.test.providers.dir")));
        keycloak.installProviders(providers);
        keycloak.buildIfChanged(ClusterOptions.BUILD, folder.resolve("build.log"));
        keycloak.stageRealmImport(property("mfa.realm.export"));
        return keycloak;
    }

    private static ClusterNode startNode(
            String name,
            KeycloakDistribution keycloak,
            Postgres postgres,
            Balancer balancer,
            boolean importRealm,
            Duration patience)
            throws Exception {
        int httpPort = freePort();
        List<String> options =
                ClusterOptions.node(
                        httpPort,
                        freePort(),
                        clusterPort(),
                        postgres.jdbcUrl(),
                        balancer.url(),
                        importRealm);
        Path log = keycloak.home().getParent().resolve("server.log");
        KeycloakProcess process =
                keycloak.start(
                        options,
                        Map.of(
                                "KC_BOOTSTRAP_ADMIN_USERNAME",
                                "admin",
                                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                                "admin-it",
                                "JAVA_OPTS_KC_HEAP",
                                "-Xms256m -Xmx640m"),
                        log);
        ClusterNode node = new ClusterNode(name, httpPort, process, log);
        try {
            process.awaitReady(
                    URI.create("http://127.0.0.1:" + httpPort + "/realms/" + KeycloakServer.REALM),
                    patience);
        } catch (Throwable e) {
            node.stop();
            throw e;
        }
        balancer.add(name, httpPort);
        return node;
    }

    /** Until every node's newest Infinispan view counts {@code size} members. */
    private static void awaitClusterOf(int size, List<ClusterNode> nodes, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (nodes.stream().anyMatch(node -> node.clusterSize() != size)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "No cluster view of " + size + " in " + nodes + " within " + patience);
            }
            Thread.sleep(200);
        }
    }

    /**
     * A free JGroups port below 15536 whose failure-detection port (JGroups: +50000) is free too.
     */
    private static int clusterPort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(10_000, 15_500);
            if (bindable(port) && bindable(port + 50_000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free cluster port pair below 15536");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(
                    "System property " + name + " is not set (run through Maven failsafe)");
        }
        return Path.of(value);
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Starts the pair on first use and stops it (and PostgreSQL) when the whole run ends. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == KeycloakCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(Namespace.GLOBAL)
                    .getOrComputeIfAbsent(
                            KeycloakCluster.class,
                            key -> {
                                try {
                                    return start();
                                } catch (Exception e) {
                                    throw new IllegalStateException(
                                            "The Keycloak cluster did not start", e);
                                }
                            },
                            KeycloakCluster.class);
        }
    }
}
