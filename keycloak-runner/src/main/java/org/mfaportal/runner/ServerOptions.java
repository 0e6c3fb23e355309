package org.mfaportal.runner;

import java.util.ArrayList;
import java.util.List;

/** The kc.sh options of the run command and of the integration tests, side by side. */
public final class ServerOptions {

    /** Build-time options: kc.sh build bakes them in; start --optimized must not contradict them. */
    public static final List<String> BUILD = List.of("--db=dev-file");

    private ServerOptions() {
    }

    /** The run command: one node, plain HTTP on localhost, the demo realm imported on first start. */
    static List<String> demo(int port) {
        return List.of("--http-enabled=true", "--http-port=" + port, "--hostname-strict=false", "--cache=local",
                "--import-realm");
    }

    /**
     * The integration tests' server: like the demo, on a free port, and behind a pretend reverse
     * proxy at 127.0.0.1 (the only trusted proxy), so tests can tell a proxy's X-Forwarded-For
     * from a forged one sent by another address.
     */
    public static List<String> integrationTests(int port, List<String> extra) {
        List<String> options = new ArrayList<>(List.of("--http-enabled=true", "--http-port=" + port,
                "--hostname-strict=false", "--cache=local", "--import-realm", "--proxy-headers=xforwarded",
                "--proxy-trusted-addresses=127.0.0.1"));
        options.addAll(extra);
        return options;
    }
}
