package org.mfaportal.it.radius;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's FreeRADIUS, started by the test in the foreground ({@code freeradius -X -d DIR}) with a
 * temporary config on a free loopback port, and stopped on close. Its users are given up front.
 */
final class FreeRadius implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/freeradius");

    private final Path dir;
    private final Path log;
    private final Process process;
    private final int port;

    FreeRadius(String secret, Map<String, String> users) throws IOException, InterruptedException {
        dir = Files.createTempDirectory("freeradius-it");
        log = dir.resolve("freeradius.log");
        port = freeUdpPort();
        String config;
        try (InputStream in = FreeRadius.class.getResourceAsStream("/radius/freeradius.conf")) {
            config = new String(in.readAllBytes(), UTF_8);
        }
        Files.writeString(
                dir.resolve("radiusd.conf"),
                config.replace("@DIR@", dir.toString())
                        .replace("@PORT@", Integer.toString(port))
                        .replace("@SECRET@", secret));
        Files.writeString(
                dir.resolve("users"),
                users.entrySet().stream()
                        .map(u -> u.getKey() + " Cleartext-Password := \"" + u.getValue() + "\"\n")
                        .collect(Collectors.joining()));
        Files.writeString(dir.resolve("dictionary"), "");
        process =
                new ProcessBuilder(BINARY.toString(), "-X", "-d", dir.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        awaitReady();
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    /** What FreeRADIUS logged, for assertions and failure messages. */
    String log() {
        try {
            return Files.readString(log, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (log().contains("Ready to process requests")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("FreeRADIUS stopped:\n" + log());
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("FreeRADIUS not ready in 60 s:\n" + log());
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket =
                new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
