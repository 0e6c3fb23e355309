package org.mfaportal.it.kit.ldap;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A company directory on Debian's OpenLDAP: the test starts its own {@code slapd} in the foreground
 * on a free loopback port, with a temporary configuration and mdb database, the Debian schemas
 * (core, cosine, inetOrgPerson) plus AD's {@code otherTelephone}, and stops it on close. Written to
 * through UnboundID's LDAP client as Keycloak's account (the root DN).
 */
public final class SlapdDirectory implements TestDirectory {

    public static final Path BINARY = Path.of("/usr/sbin/slapd");

    private final Path dir;
    private final int port;
    private final Process process;
    private final Thread stopAtExit;
    private final LDAPConnection connection;
    private final DirectoryPeople people;

    /** Whether this machine has Debian's slapd (CI installs it: {@code .ci/run}). */
    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    public SlapdDirectory() {
        try {
            dir = Files.createTempDirectory("slapd-it");
            Files.createDirectory(dir.resolve("data"));
            Files.writeString(dir.resolve("ad-phones.schema"), AdPhonesSchema.asSlapdSchemaFile());
            Files.writeString(dir.resolve("slapd.conf"), configuration(dir));
            port = freePort();
            process =
                    new ProcessBuilder(
                                    BINARY.toString(),
                                    "-d",
                                    "0",
                                    "-h",
                                    "ldap://127.0.0.1:" + port + "/",
                                    "-f",
                                    dir.resolve("slapd.conf").toString())
                            .redirectErrorStream(true)
                            .redirectOutput(dir.resolve("slapd.log").toFile())
                            .start();
        } catch (IOException e) {
            throw new UncheckedIOException("slapd did not start", e);
        }
        // A test JVM that ends without close must not leave a slapd behind.
        stopAtExit = new Thread(process::destroy, "stop slapd on " + port);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        try {
            connection = awaitConnection();
            connection.bind(BIND_DN, BIND_PASSWORD);
            people = new DirectoryPeople(connection);
            people.addBase();
        } catch (LDAPException | RuntimeException e) {
            String log = log();
            close();
            throw new IllegalStateException("slapd did not start:\n" + log, e);
        }
    }

    @Override
    public String url() {
        return "ldap://127.0.0.1:" + port;
    }

    @Override
    public void addPerson(String uid, String password, Map<String, List<String>> attributes) {
        people.addPerson(uid, password, attributes);
    }

    @Override
    public void replace(String uid, String attribute, String... values) {
        people.replace(uid, attribute, values);
    }

    @Override
    public void removePerson(String uid) {
        people.removePerson(uid);
    }

    /** What slapd logged, for failure messages. */
    public String log() {
        try {
            return Files.readString(dir.resolve("slapd.log"), UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook runs anyway.
        }
        deleteTree(dir);
    }

    private LDAPConnection awaitConnection() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return new LDAPConnection("127.0.0.1", port);
            } catch (LDAPException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("slapd stopped", notYet);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("slapd not listening in 30 s", notYet);
                }
                try {
                    process.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for slapd", e);
                }
            }
        }
    }

    private static String configuration(Path dir) throws IOException {
        try (InputStream in = SlapdDirectory.class.getResourceAsStream("/ldap/slapd.conf")) {
            return new String(in.readAllBytes(), UTF_8)
                    .replace("@DIR@", dir.toString())
                    .replace("@BASE_DN@", BASE_DN)
                    .replace("@BIND_DN@", BIND_DN)
                    .replace("@BIND_PASSWORD@", BIND_PASSWORD);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
