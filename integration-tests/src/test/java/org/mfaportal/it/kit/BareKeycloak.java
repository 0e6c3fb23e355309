package org.mfaportal.it.kit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mfaportal.runner.KeycloakDistribution;
import org.mfaportal.runner.KeycloakProcess;
import org.mfaportal.runner.ServerOptions;

/**
 * The tests' Keycloak distribution with only the master realm, either as downloaded or with the
 * providers operators install, each in its own folder and on its own port: to measure what our
 * providers cost a Keycloak that does not use them. Its database is kept between starts, so a
 * restart is a restart.
 */
public final class BareKeycloak implements AutoCloseable {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private final KeycloakProcess process;
    private final URI base;
    private final Path log;
    private final AdminClient admin;
    private final long wallMillis;

    private BareKeycloak(KeycloakProcess process, URI base, Path log, long wallMillis) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.admin =
                new AdminClient(base, KeycloakServer.ADMIN_USER, KeycloakServer.ADMIN_PASSWORD);
        this.wallMillis = wallMillis;
    }

    /** Starts the distribution, with the operators' providers or with none. */
    public static BareKeycloak start(boolean withOurProviders) throws Exception {
        Path work =
                Path.of(
                        System.getProperty("mfa.keycloak.work", "target/keycloak")
                                + (withOurProviders ? "-with-providers" : "-without-providers"));
        KeycloakDistribution keycloak =
                KeycloakDistribution.unpack(Path.of(System.getProperty("keycloak.dist.zip")), work);
        keycloak.installProviders(
                withOurProviders
                        ? jarsIn(Path.of(System.getProperty("mfa.providers.dir")))
                        : List.of());
        keycloak.buildIfChanged(ServerOptions.BUILD, work.resolve("build.log"));
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        Path log = work.resolve("server.log");
        long started = System.nanoTime();
        KeycloakProcess process =
                keycloak.start(
                        List.of(
                                "--http-enabled=true",
                                "--http-port=" + port,
                                "--hostname-strict=false",
                                "--cache=local"),
                        Map.of(
                                "KC_BOOTSTRAP_ADMIN_USERNAME",
                                KeycloakServer.ADMIN_USER,
                                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                                KeycloakServer.ADMIN_PASSWORD,
                                "JAVA_OPTS_KC_HEAP",
                                "-Xms256m -Xmx768m"),
                        log);
        process.awaitReady(
                URI.create(base + "/realms/master"),
                Duration.ofMinutes(Long.getLong("mfa.keycloak.readyMinutes", 4)));
        return new BareKeycloak(process, base, log, (System.nanoTime() - started) / 1_000_000);
    }

    /** What Keycloak itself logs as its start time ("started in 9.876s"), in milliseconds. */
    public long reportedStartMillis() throws IOException {
        Matcher started = STARTED_IN.matcher(Files.readString(log));
        if (!started.find()) {
            throw new IllegalStateException("no 'started in' line in " + log);
        }
        return Math.round(Double.parseDouble(started.group(1)) * 1000);
    }

    /** From launching kc.sh to the first 200 of /realms/master, in milliseconds. */
    public long wallStartMillis() {
        return wallMillis;
    }

    public AdminClient admin() {
        return admin;
    }

    public Browser browser() {
        return new Browser(base, null);
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.serverPid();
    }

    @Override
    public void close() {
        process.close();
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
