package org.mfaportal.runner;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run command: Keycloak with the project's providers, the demo realm, the embedded H2 database,
 * at http://localhost:8080. Keeps its database between starts; "--fresh" starts from the export
 * again.
 */
public final class DemoLauncher {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private DemoLauncher() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        int port = Integer.getInteger("port", 8080);
        boolean fresh = List.of(args).contains("--fresh");
        try {
            FreePorts.require(List.of(port));
        } catch (FreePorts.PortTakenException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }

        KeycloakDistribution keycloak =
                KeycloakDistribution.unpack(
                        root.resolve("keycloak-runner/target/keycloak-dist.zip"),
                        root.resolve("target/demo"));
        // What operators install, plus the dev phone gateway (virtual phone), which they never do.
        List<Path> providers =
                new java.util.ArrayList<>(jars(root.resolve("distribution/target/providers")));
        providers.add(devGateway(root));
        keycloak.installProviders(providers);
        System.out.println(
                "Preparing Keycloak in "
                        + keycloak.home()
                        + " (kc.sh build runs only when providers changed)...");
        keycloak.buildIfChanged(ServerOptions.demoBuild(), root.resolve("target/demo/build.log"));
        if (fresh) {
            keycloak.wipeDatabase();
        }
        Path realmExport = root.resolve("realm-export/mfa-demo-realm.json");
        keycloak.stageRealmImport(realmExport);

        KeycloakProcess server =
                keycloak.start(
                        ServerOptions.demo(port),
                        Map.of(
                                "KC_BOOTSTRAP_ADMIN_USERNAME",
                                ADMIN_USER,
                                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                                ADMIN_PASSWORD),
                        null);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
        String base = "http://localhost:" + port;
        server.awaitReady(URI.create(base + "/realms/master"), Duration.ofMinutes(5));
        try {
            DemoAfterImport.apply(
                    AdminRest.signIn(URI.create(base), ADMIN_USER, ADMIN_PASSWORD), realmExport);
        } catch (IllegalStateException e) {
            System.err.println(
                    "The demo's setup after import failed ("
                            + e.getMessage()
                            + "); ./run --fresh imports the demo realm again.");
        }
        System.out.println(banner(base, DemoRealm.read(realmExport)));
        server.awaitExit();
    }

    private static String banner(String base, DemoRealm realm) {
        StringBuilder text =
                new StringBuilder("\n==== keycloak-mfa-portal is running (Ctrl-C stops it) ====\n")
                        .append("Admin console:   ")
                        .append(base)
                        .append("/admin/master/console/#/")
                        .append(realm.name())
                        .append("   (")
                        .append(ADMIN_USER)
                        .append(" / ")
                        .append(ADMIN_PASSWORD)
                        .append(")\n")
                        .append("Account console: ")
                        .append(base)
                        .append("/realms/")
                        .append(realm.name())
                        .append("/account\n")
                        .append("Virtual phone:   ")
                        .append(base)
                        .append("/realms/")
                        .append(realm.name())
                        .append(
                                "/mfa-dev-gateway/virtual-phone   (texts and calls of the dev phone gateway)\n")
                        .append("Demo users (username / password):\n");
        realm.users()
                .forEach(
                        u ->
                                text.append("  ")
                                        .append(u.username())
                                        .append(" / ")
                                        .append(u.password())
                                        .append('\n'));
        return text.toString();
    }

    private static Path devGateway(Path root) {
        Path jar = root.resolve("dev-gateway/target/mfa-portal-dev-gateway.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build the project first (./mvnw package -DskipTests)");
        }
        return jar;
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(
                    folder + " is missing: build the project first (./mvnw package -DskipTests)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
