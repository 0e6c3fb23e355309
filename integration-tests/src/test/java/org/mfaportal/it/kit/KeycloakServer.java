package org.mfaportal.it.kit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mfaportal.it.kit.firebase.FakeFirebase;
import org.mfaportal.it.kit.firebase.NotifierOptions;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.it.kit.twilio.GatewayOptions;
import org.mfaportal.it.kit.twilio.PhoneWebhookUrls;
import org.mfaportal.it.kit.twilio.TwilioAccount;
import org.mfaportal.runner.AdminRest;
import org.mfaportal.runner.DemoAfterImport;
import org.mfaportal.runner.KeycloakDistribution;
import org.mfaportal.runner.KeycloakProcess;
import org.mfaportal.runner.ServerOptions;

/**
 * One real Keycloak for the whole test run (not one per class): the distribution from Maven
 * Central, with exactly the JARs operators install (distribution/target/providers) plus the
 * test-only clock and the dev phone gateway (test-providers), and the demo realm imported into a
 * fresh H2 database. Its phone gateway is the Twilio one, pointed at a {@link FakeTwilio} on
 * loopback that lives as long as the server. Test classes get it as a parameter:
 * {@code @ExtendWith(KeycloakServer.Extension.class)}.
 */
public final class KeycloakServer implements ExtensionContext.Store.CloseableResource {

    public static final String REALM = "mfa-demo";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin-it";

    private final KeycloakProcess process;
    private final URI base;
    private final Path log;
    private final AdminClient admin;
    private final FakeTwilio twilio;
    private final FakeFirebase firebase;

    private KeycloakServer(
            KeycloakProcess process, URI base, Path log, FakeTwilio twilio, FakeFirebase firebase) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.admin = new AdminClient(base, ADMIN_USER, ADMIN_PASSWORD);
        this.twilio = twilio;
        this.firebase = firebase;
    }

    public URI base() {
        return base;
    }

    public AdminClient admin() {
        return admin;
    }

    /**
     * The master realm's bootstrap administrator (no second factor), for signing in to {@code
     * /admin/master/console/}.
     */
    public TestUser bootstrapAdmin() {
        return new TestUser(null, ADMIN_USER, ADMIN_PASSWORD, null);
    }

    /** The admin REST as the bootstrap administrator, for the runner's shared setup helpers. */
    public AdminRest adminRest() {
        return AdminRest.signIn(base, ADMIN_USER, ADMIN_PASSWORD);
    }

    public Clock clock() {
        return new Clock(admin);
    }

    public Path log() {
        return log;
    }

    /** The server's JVM, e.g. for its CPU time or thread count in /proc (benchmarks). */
    public long pid() {
        return process.serverPid();
    }

    /** A new browser whose requests come from 127.0.0.1, the trusted reverse proxy. */
    public Browser browser() {
        return new Browser(base, null);
    }

    /**
     * A new browser whose connections come from another loopback address, which is no trusted
     * proxy.
     */
    public Browser browserFrom(String localAddress) {
        return new Browser(base, localAddress);
    }

    public String realmUrl() {
        return base + "/realms/" + REALM;
    }

    /**
     * The Twilio the server's phone gateway talks to: what was sent, and the phone's side of calls
     * and texts.
     */
    public FakeTwilio twilio() {
        return twilio;
    }

    /**
     * The Firebase (token endpoint and FCM) the server's firebase notifier talks to, for realms
     * that choose it; its service account's key is the operator's credentials-file.
     */
    public FakeFirebase firebase() {
        return firebase;
    }

    /**
     * Changes the demo realm's portal settings until the scope closes, which puts back every
     * setting as it was when it opened: {@code try (var pin =
     * server.portalSettings(Map.of("pinRequired", true))) {...}}.
     */
    public PortalSettingsScope portalSettings(Map<String, ?> changes) {
        return new PortalSettingsScope(admin, REALM, changes);
    }

    /**
     * The demo realm's portal settings as they are now, put back when the scope closes (for a
     * test's @AfterEach).
     */
    public PortalSettingsScope keepPortalSettings() {
        return new PortalSettingsScope(admin, REALM, Map.of());
    }

    /** The demo realm's realm attributes as they are now, written back when the scope closes. */
    public RealmAttributesScope keepRealmAttributes() {
        return new RealmAttributesScope(admin, REALM);
    }

    /** The demo realm's phone webhooks on this server. */
    public PhoneWebhookUrls phoneWebhooks() {
        return new PhoneWebhookUrls(base, REALM);
    }

    /**
     * The demo realm as a cluster's load balancer serves it (kit.cluster): its nodes are started
     * and stopped by the cluster, so closing this view stops nothing.
     */
    public static KeycloakServer behindBalancer(URI balancer, Path log) {
        return new KeycloakServer(null, balancer, log, null, null);
    }

    @Override
    public void close() {
        try {
            if (process != null) {
                process.close();
            }
        } finally {
            if (twilio != null) {
                twilio.close();
            }
            if (firebase != null) {
                firebase.close();
            }
        }
    }

    static KeycloakServer start() throws Exception {
        Path work = Path.of(System.getProperty("mfa.keycloak.work", "target/keycloak"));
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        FakeTwilio twilio =
                FakeTwilio.start(
                        TwilioAccount.random(), new PhoneWebhookUrls(base, REALM).textInbound());
        FakeFirebase firebase = FakeFirebase.start();
        List<String> runtime = new ArrayList<>(GatewayOptions.runtime(twilio, base));
        runtime.addAll(
                NotifierOptions.runtime(
                        firebase,
                        firebase.writeKeyTo(
                                work.toAbsolutePath()
                                        .resolveSibling("firebase-it")
                                        .resolve("service-account.json"))));
        return start(work, port, GatewayOptions.build(), runtime, twilio, firebase);
    }

    /**
     * A second server, of its own folder and port, whose phone gateway is "dev" as in the run
     * command: for the virtual phone's stories. Close it when done ({@link #close}).
     */
    public static KeycloakServer startWithDevGateway() throws Exception {
        Path work =
                Path.of(
                        System.getProperty("mfa.keycloak.work", "target/keycloak")
                                + "-dev-gateway");
        int port = freePort();
        return start(
                work,
                port,
                List.of("--spi-mfa-phone-gateway--provider=dev"),
                List.of("--spi-mfa-phone-gateway--dev--public-url=http://127.0.0.1:" + port + "/"),
                null,
                null);
    }

    private static KeycloakServer start(
            Path work,
            int port,
            List<String> gatewayBuild,
            List<String> gatewayRuntime,
            FakeTwilio twilio,
            FakeFirebase firebase)
            throws Exception {
        KeycloakDistribution keycloak =
                KeycloakDistribution.unpack(property("keycloak.dist.zip"), work);
        List<Path> providers = new ArrayList<>(jarsIn(property("mfa.providers.dir")));
        providers.addAll(jarsIn(property("mfa.test.providers.dir")));
        keycloak.installProviders(providers);
        List<String> buildOptions = new ArrayList<>(ServerOptions.BUILD);
        buildOptions.addAll(gatewayBuild);
        keycloak.buildIfChanged(buildOptions, work.resolve("build.log"));
        keycloak.wipeDatabase();
        keycloak.stageRealmImport(property("mfa.realm.export"));

        URI base = URI.create("http://127.0.0.1:" + port);
        Path log = work.resolve("server.log");
        KeycloakProcess process;
        try {
            process =
                    keycloak.start(
                            ServerOptions.integrationTests(port, gatewayRuntime),
                            Map.of(
                                    "KC_BOOTSTRAP_ADMIN_USERNAME",
                                    ADMIN_USER,
                                    "KC_BOOTSTRAP_ADMIN_PASSWORD",
                                    ADMIN_PASSWORD,
                                    "JAVA_OPTS_KC_HEAP",
                                    "-Xms256m -Xmx768m"),
                            log);
            // -Dmfa.keycloak.readyMinutes=N where several builds share the cores (a start then
            // takes minutes).
            process.awaitReady(
                    URI.create(base + "/realms/" + REALM),
                    Duration.ofMinutes(Long.getLong("mfa.keycloak.readyMinutes", 4)));
        } catch (Throwable e) {
            if (twilio != null) {
                twilio.close();
            }
            if (firebase != null) {
                firebase.close();
            }
            throw e;
        }
        KeycloakServer server = new KeycloakServer(process, base, log, twilio, firebase);
        // As ./run does: master's admin console is the portal's, and the helpdesk's permission.
        try {
            DemoAfterImport.apply(server.adminRest(), property("mfa.realm.export"));
        } catch (Exception e) {
            server.close();
            throw e;
        }
        // The pretend proxy sends no X-Forwarded-Proto: https, so clients with public addresses
        // would meet the realm's "HTTPS for external requests" rule on this plain-HTTP test server.
        server.admin()
                .put("/admin/realms/" + REALM, java.util.Map.of("sslRequired", "none"))
                .requireStatus(204);
        return server;
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
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("No JARs in " + folder);
            }
            return jars;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the server on first use and stops it when the whole test run ends. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == KeycloakServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(Namespace.GLOBAL)
                    .getOrComputeIfAbsent(
                            KeycloakServer.class,
                            key -> {
                                try {
                                    return start();
                                } catch (Exception e) {
                                    throw new IllegalStateException("Keycloak did not start", e);
                                }
                            },
                            KeycloakServer.class);
        }
    }
}
