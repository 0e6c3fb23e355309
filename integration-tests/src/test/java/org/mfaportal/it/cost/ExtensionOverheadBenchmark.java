package org.mfaportal.it.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mfaportal.it.kit.BareKeycloak;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.Page;

/**
 * Not a test: what installing the portal costs a Keycloak that does not use it. The same
 * distribution without and with the providers operators install (same options, only the master
 * realm): first password sign-ins in a plain realm on both, batches taking turns, with the server
 * CPU per sign-in; then restarts of each in turns, with the median start time and, since one JVM
 * may run the same work much faster or slower than the next (JIT and GC), the CPU per sign-in of
 * each started server. Run it on its own (docs/benchmarks.md): {@code ./mvnw verify -pl
 * integration-tests -Dit.test=ExtensionOverheadBenchmark}.
 */
class ExtensionOverheadBenchmark {

    private static final int STARTS = Integer.getInteger("cost.starts", 3);
    private static final int SIGN_INS = Integer.getInteger("cost.signIns", 200);
    private static final int WARM_UP = Integer.getInteger("cost.warmUp", 30);
    private static final int BATCH = Integer.getInteger("cost.batch", 10);
    private static final int SIGN_INS_PER_START = Integer.getInteger("cost.signInsPerStart", 40);
    private static final String REALM = "plain-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void printTheCostToARealmThatDoesNotUseIt() throws Exception {
        // The first start of each builds the server and creates its database: only used for the
        // sign-ins, its start time is not counted.
        try (BareKeycloak without = BareKeycloak.start(false);
                BareKeycloak with = BareKeycloak.start(true)) {
            printPlainSignInCpu(List.of(without, with));
        }
        if (STARTS > 0) {
            printRestarts();
        }
    }

    /** Restarts of each in turns: start times, and the CPU per sign-in of each started server. */
    private static void printRestarts() throws Exception {
        List<List<Long>> reported = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Long>> wall = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Long>> signInCpu = List.of(new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < STARTS; run++) {
            for (int with = 0; with < 2; with++) {
                try (BareKeycloak keycloak = BareKeycloak.start(with == 1)) {
                    reported.get(with).add(keycloak.reportedStartMillis());
                    wall.get(with).add(keycloak.wallStartMillis());
                    signInCpu.get(with).add(Math.round(cpuPerSignIn(keycloak)));
                }
            }
        }
        System.out.printf(
                "%nPassword sign-in in the plain realm, server CPU per sign-in of each started server"
                        + " (%d after %d of warm-up), median:%n"
                        + "  without our providers  %6d ms   %s%n"
                        + "  with our providers     %6d ms   %s%n",
                SIGN_INS_PER_START,
                WARM_UP,
                median(signInCpu.get(0)),
                signInCpu.get(0),
                median(signInCpu.get(1)),
                signInCpu.get(1));
        System.out.printf(
                "%nStart of the distribution (median of %d starts each, taking turns; Keycloak's"
                        + " 'started in' / launch to first answer):%n"
                        + "  without our providers  %6d ms / %6d ms   %s%n"
                        + "  with our providers     %6d ms / %6d ms   %s%n"
                        + "  difference             %+6d ms / %+6d ms%n%n",
                STARTS,
                median(reported.get(0)),
                median(wall.get(0)),
                reported.get(0),
                median(reported.get(1)),
                median(wall.get(1)),
                reported.get(1),
                median(reported.get(1)) - median(reported.get(0)),
                median(wall.get(1)) - median(wall.get(0)));
    }

    /**
     * Password sign-ins in a plain realm of each server, batches taking turns, step by step; and
     * the OIDC discovery document alone. The password's hash (Argon2) runs at one of two speeds in
     * a given JVM, so the steps without it are where a per-request cost of the providers would
     * show.
     */
    private static void printPlainSignInCpu(List<BareKeycloak> servers) {
        servers.forEach(ExtensionOverheadBenchmark::plainRealm);
        PlainCpu[] cpu = {new PlainCpu(servers.get(0)), new PlainCpu(servers.get(1))};
        for (int done = -WARM_UP; done < SIGN_INS; done += BATCH) {
            for (int s = 0; s < 2; s++) {
                cpu[s].batch(done >= 0);
            }
        }
        System.out.printf(
                "%nPassword sign-in in a plain realm (Keycloak's browser flow), server CPU, %d"
                        + " sign-ins each in batches of %d taking turns (ms per sign-in: whole,"
                        + " sign-in page, password; then ms per discovery document, %d per batch):%n"
                        + "  without our providers  %6.1f  %5.2f  %6.1f   %5.2f%n"
                        + "  with our providers     %6.1f  %5.2f  %6.1f   %5.2f%n"
                        + "  with / without         %5.2fx  %4.2fx  %5.2fx   %4.2fx%n%n",
                SIGN_INS,
                BATCH,
                DISCOVERIES_PER_BATCH,
                cpu[0].whole(),
                cpu[0].page(),
                cpu[0].password(),
                cpu[0].discovery(),
                cpu[1].whole(),
                cpu[1].page(),
                cpu[1].password(),
                cpu[1].discovery(),
                cpu[1].whole() / cpu[0].whole(),
                cpu[1].page() / cpu[0].page(),
                cpu[1].password() / cpu[0].password(),
                cpu[1].discovery() / cpu[0].discovery());
    }

    private static final int DISCOVERIES_PER_BATCH = 5 * BATCH;

    /** One server's CPU in the plain realm: sign-ins step by step, and the discovery document. */
    private static final class PlainCpu {
        private final BareKeycloak server;
        private final ProcessCpu cpu;
        private double pageMillis;
        private double passwordMillis;
        private double discoveryMillis;
        private int signIns;
        private int discoveries;

        PlainCpu(BareKeycloak server) {
            this.server = server;
            this.cpu = new ProcessCpu(server.pid());
        }

        void batch(boolean measured) {
            List<String> users = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                users.add(user(server));
            }
            BenchApp app = new BenchApp(server.base() + "/realms/" + REALM, "plain-app");
            for (String user : users) {
                try (Browser browser = server.browser()) {
                    double start = cpu.millis();
                    Page signInPage = app.openSignIn(browser);
                    double shown = cpu.millis();
                    BenchApp.requireSignedIn(
                            "plain realm", app.typePassword(signInPage, user, user));
                    if (measured) {
                        pageMillis += shown - start;
                        passwordMillis += cpu.millis() - shown;
                        signIns++;
                    }
                }
            }
            try (Browser browser = server.browser().header("Accept", "application/json")) {
                String discovery =
                        server.base() + "/realms/" + REALM + "/.well-known/openid-configuration";
                double start = cpu.millis();
                for (int i = 0; i < DISCOVERIES_PER_BATCH; i++) {
                    Page page = browser.open(discovery);
                    if (page.status() != 200) {
                        throw new IllegalStateException("discovery: HTTP " + page.status());
                    }
                }
                if (measured) {
                    discoveryMillis += cpu.millis() - start;
                    discoveries += DISCOVERIES_PER_BATCH;
                }
            }
        }

        double whole() {
            return page() + password();
        }

        double page() {
            return pageMillis / signIns;
        }

        double password() {
            return passwordMillis / signIns;
        }

        double discovery() {
            return discoveryMillis / discoveries;
        }
    }

    /** Sign-ins on one freshly started server (its plain realm is kept from the first start). */
    private static double cpuPerSignIn(BareKeycloak server) {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SIGN_INS_PER_START; i++) {
            users.add(user(server));
        }
        users.subList(0, WARM_UP).forEach(user -> signIn(server, user));
        ProcessCpu cpu = new ProcessCpu(server.pid());
        double before = cpu.millis();
        users.subList(WARM_UP, users.size()).forEach(user -> signIn(server, user));
        return (cpu.millis() - before) / SIGN_INS_PER_START;
    }

    private static void plainRealm(BareKeycloak server) {
        server.admin()
                .post("/admin/realms", Map.of("realm", REALM, "enabled", true))
                .requireStatus(201);
        server.admin()
                .post(
                        "/admin/realms/" + REALM + "/clients",
                        Map.of(
                                "clientId",
                                "plain-app",
                                "publicClient",
                                true,
                                "redirectUris",
                                List.of(DemoApp.REDIRECT_URI)))
                .requireStatus(201);
    }

    /** A fresh user whose password is its name. */
    private static String user(BareKeycloak server) {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        server.admin().createUser(REALM, name, name, List.of());
        return name;
    }

    private static void signIn(BareKeycloak server, String user) {
        try (Browser browser = server.browser()) {
            BenchApp.requireSignedIn(
                    "plain realm",
                    new BenchApp(server.base() + "/realms/" + REALM, "plain-app")
                            .signInWithPassword(browser, user, user));
        }
    }

    /** The middle value; for an even count, the mean of the two middle ones. */
    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }
}
