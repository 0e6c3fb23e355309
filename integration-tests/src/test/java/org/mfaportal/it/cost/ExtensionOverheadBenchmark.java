package org.mfaportal.it.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mfaportal.it.kit.BareKeycloak;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;

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

    /** Password sign-ins in a plain realm of each server, batches taking turns. */
    private static void printPlainSignInCpu(List<BareKeycloak> servers) {
        servers.forEach(ExtensionOverheadBenchmark::plainRealm);
        double[] cpuMillis = new double[2];
        for (int done = -WARM_UP; done < SIGN_INS; done += BATCH) {
            for (int s = 0; s < 2; s++) {
                BareKeycloak server = servers.get(s);
                List<String> users = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    users.add(user(server));
                }
                ProcessCpu cpu = new ProcessCpu(server.pid());
                double before = cpu.millis();
                for (String user : users) {
                    signIn(server, user);
                }
                if (done >= 0) {
                    cpuMillis[s] += cpu.millis() - before;
                }
            }
        }
        System.out.printf(
                "%nPassword sign-in in a plain realm (Keycloak's browser flow), server CPU per"
                        + " sign-in, %d each in batches of %d taking turns:%n"
                        + "  without our providers  %6.1f ms%n"
                        + "  with our providers     %6.1f ms   (%.2fx)%n%n",
                SIGN_INS,
                BATCH,
                cpuMillis[0] / SIGN_INS,
                cpuMillis[1] / SIGN_INS,
                cpuMillis[1] / cpuMillis[0]);
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

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
