package org.mfaportal.runner;

import java.util.ArrayList;
import java.util.List;

/** The kc.sh options of the run command and of the integration tests, side by side. */
public final class ServerOptions {

    /**
     * Build-time options: kc.sh build bakes them in; start --optimized must not contradict them.
     */
    public static final List<String> BUILD = List.of("--db=dev-file");

    /**
     * The run command's phone gateway: texts and calls land on the virtual phone page. A provider
     * choice is a build-time option: given only to "start --optimized", Keycloak 26.5 exits with 2.
     */
    static final String DEV_PHONE_GATEWAY = "--spi-mfa-phone-gateway--provider=dev";

    private ServerOptions() {}

    /**
     * The run command's build: the dev phone gateway baked in (the tests' server keeps the
     * default).
     */
    static List<String> demoBuild() {
        List<String> options = new ArrayList<>(BUILD);
        options.add(DEV_PHONE_GATEWAY);
        return options;
    }

    /**
     * The run command: one node, plain HTTP on localhost, the demo realm imported on first start.
     * The virtual phone posts its webhooks to this public URL only, whatever Host a request
     * carries.
     */
    static List<String> demo(int port) {
        return List.of(
                "--http-enabled=true",
                "--http-port=" + port,
                "--hostname-strict=false",
                "--cache=local",
                "--import-realm",
                "--spi-mfa-phone-gateway--dev--public-url=http://localhost:" + port + "/");
    }

    /**
     * The integration tests' server: like the demo, on a free port, and behind a pretend reverse
     * proxy at 127.0.0.1 (the only trusted proxy), so tests can tell a proxy's X-Forwarded-For from
     * a forged one sent by another address.
     */
    public static List<String> integrationTests(int port, List<String> extra) {
        List<String> options =
                new ArrayList<>(
                        List.of(
                                "--http-enabled=true",
                                "--http-port=" + port,
                                "--hostname-strict=false",
                                "--cache=local",
                                "--import-realm",
                                "--proxy-headers=xforwarded",
                                "--proxy-trusted-addresses=127.0.0.1"));
        options.addAll(extra);
        return options;
    }
}
