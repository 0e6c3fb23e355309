package org.mfaportal.runner;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A running Keycloak (kc.sh and the JVM it starts); stopping it is a clean SIGTERM shutdown. */
public final class KeycloakProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Process process;
    private final Path log;

    KeycloakProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Waits until the URL answers 200, failing early with the log's tail if the server exits. */
    public void awaitReady(URI probe, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + describeLog());
            }
            try {
                HttpResponse<Void> response =
                        http.send(
                                HttpRequest.newBuilder(probe)
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // Not listening yet.
            } catch (IOException e) {
                // Listening but not answering yet.
            }
            process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + describeLog());
    }

    /**
     * The server's JVM (kc.sh starts it as a child, or execs into it): whose CPU time is the
     * server's.
     */
    public long serverPid() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Keycloak JVM under kc.sh"))
                .pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Blocks until the server exits by itself or is stopped. */
    public void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    /** SIGTERM (kc.sh passes it on to the JVM), then SIGKILL for anything left after a minute. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * SIGKILL, no shutdown at all: the JVM first (kc.sh would pass a SIGTERM on), then kc.sh. For
     * stories of a node that dies.
     */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    private String describeLog() {
        return log == null ? "" : "; log " + log + ":\n" + tail(log);
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
