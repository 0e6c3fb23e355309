package org.mfaportal.it.kit.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL (the machine's own, e.g. Debian's /usr/lib/postgresql/15/bin) on a free
 * port of 127.0.0.1, database and user "keycloak", trust authentication, for the cluster stories.
 * PostgreSQL refuses to run as root, so as root (CI) every command runs as the "postgres" user and
 * the folder belongs to it.
 */
public final class Postgres implements AutoCloseable {

    public static final String DATABASE = "keycloak";
    public static final String USER = "keycloak";

    private final Path bin;
    private final Path data;
    private final int port;

    private Postgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** Initialises a fresh cluster in {@code folder} (emptied first) and starts it. */
    public static Postgres start(Path folder) throws IOException, InterruptedException {
        Path bin = findBin();
        if (Files.exists(folder.resolve("data").resolve("postmaster.pid"))) {
            // Left running by a test JVM that was killed.
            new Postgres(bin, folder.resolve("data"), 0).close();
        }
        deleteTree(folder);
        Files.createDirectories(folder);
        if (asRoot()) {
            run(List.of("chown", "postgres:postgres", folder.toString()));
            if (!reachableByPostgres(folder)) {
                // A checkout below a private home (/root is 0700): the postgres user cannot get in.
                folder = Files.createTempDirectory("mfa-portal-postgres-");
                run(List.of("chown", "postgres:postgres", folder.toString()));
            }
        }
        Path data = folder.resolve("data");
        int port = freePort();
        Postgres postgres = new Postgres(bin, data, port);
        postgres.pg(
                "initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "-N");
        postgres.pg(
                "pg_ctl",
                "-D",
                data.toString(),
                "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-l",
                folder.resolve("postgres.log").toString(),
                "-w",
                "start");
        try {
            postgres.pg("createdb", "-h", "127.0.0.1", "-p", "" + port, "-U", USER, DATABASE);
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Stops at once (no checkpoint: the data is thrown away with the next start). */
    @Override
    public void close() {
        try {
            pg("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private void pg(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** The newest installed server (CI installs Debian's "postgresql" package). */
    private static Path findBin() throws IOException {
        Path versions = Path.of(System.getProperty("mfa.postgres.root", "/usr/lib/postgresql"));
        if (!Files.isDirectory(versions)) {
            throw new IllegalStateException(
                    "No PostgreSQL in " + versions + ": apt-get install -y postgresql");
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed
                    .map(version -> version.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(versionOf(b))))
                    .orElseThrow(() -> new IllegalStateException("No pg_ctl below " + versions));
        }
    }

    private static String versionOf(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("[0-9]+") ? name : "0";
    }

    private static boolean reachableByPostgres(Path folder) throws InterruptedException {
        try {
            run(List.of("runuser", "-u", "postgres", "--", "test", "-w", folder.toString()));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
