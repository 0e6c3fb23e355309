package org.mfaportal.it.kit.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.mfaportal.runner.KeycloakProcess;

/** One Keycloak of the cluster: its name for the balancer, its own port, process and log. */
public final class ClusterNode {

    /** Infinispan's "Received new cluster view" line, with the member count in parentheses. */
    private static final Pattern VIEW = Pattern.compile("ISPN000094: .*\\((\\d+)\\)");

    private final String name;
    private final int httpPort;
    private final KeycloakProcess process;
    private final Path log;

    ClusterNode(String name, int httpPort, KeycloakProcess process, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the node dies mid-request, as in a crash or an OOM kill. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    /** The member count of the newest cluster view this node logged (0: none yet). */
    int clusterSize() {
        try {
            int size = 0;
            String text =
                    new String(
                            Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String line : text.split("\n")) {
                var view = VIEW.matcher(line);
                if (view.find()) {
                    size = Integer.parseInt(view.group(1));
                }
            }
            return size;
        } catch (IOException e) {
            return 0;
        }
    }

    void stop() {
        process.close();
    }

    @Override
    public String toString() {
        return "node " + name + " (port " + httpPort + ")";
    }
}
