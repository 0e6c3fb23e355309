package org.mfaportal.it.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.settings.PortalSetting;

/**
 * Not a test: prints the Keycloak server's CPU time per complete browser sign-in (authorization
 * code flow, password, second step, code at the redirect URI) for password only, Keycloak's OTP
 * form and each of the portal's methods, the cases taking turns in batches. Run it on its own
 * (docs/benchmarks.md): {@code ./mvnw verify -pl integration-tests -Dit.test=SignInCostBenchmark}.
 */
@ExtendWith(KeycloakServer.Extension.class)
class SignInCostBenchmark {

    private static final int SIGN_INS = Integer.getInteger("cost.signIns", 200);
    private static final int WARM_UP = Integer.getInteger("cost.warmUp", 30);
    private static final int BATCH = Integer.getInteger("cost.batch", 10);

    /** Single requests per round, each kind: the floor under every request of a sign-in. */
    private static final int SINGLE_REQUESTS = 5 * BATCH;

    @Test
    void printTheServersCpuPerSignIn(KeycloakServer server) {
        ProcessCpu cpu = new ProcessCpu(server.pid());
        // Hundreds of texts and calls in minutes: lift the send limits for the run (put back at the
        // end).
        try (var unlimited =
                server.portalSettings(
                        Map.of(
                                PortalSetting.SENDS_PER_REALM_PER_MINUTE.key(), 100_000,
                                PortalSetting.SENDS_PER_USER_PER_HOUR.key(), 100,
                                PortalSetting.SENDS_PER_NUMBER_PER_HOUR.key(), 100))) {
            List<SignInCase> cases = SignInCases.all(server, SIGN_INS);
            SingleRequests single = new SingleRequests(server, cpu);
            Map<SignInCase, Totals> totals = new LinkedHashMap<>();
            cases.forEach(
                    c -> {
                        totals.put(c, new Totals());
                        c.measureStepsWith(new Steps(cpu));
                    });
            long started = System.nanoTime();
            for (int done = -WARM_UP; done < SIGN_INS; done += BATCH) {
                boolean measured = done >= 0;
                for (SignInCase signInCase : cases) {
                    signInCase.prepare(BATCH);
                    double before = cpu.millis();
                    long wallBefore = System.nanoTime();
                    for (int i = 0; i < BATCH; i++) {
                        signInCase.signIn(measured);
                    }
                    if (measured) {
                        totals.get(signInCase)
                                .add(cpu.millis() - before, System.nanoTime() - wallBefore);
                    }
                }
                single.round(SINGLE_REQUESTS, measured);
            }
            print(totals, (System.nanoTime() - started) / 60e9);
            print(single);
        }
    }

    private static void print(Map<SignInCase, Totals> totals, double minutes) {
        List<Totals> all = new ArrayList<>(totals.values());
        double password = all.get(0).cpuPerSignIn();
        double keycloakOtp = all.get(1).cpuPerSignIn();
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        "%nServer CPU per sign-in (utime+stime of the Keycloak JVM), %d sign-ins per case"
                                + " in batches of %d taking turns, after %d of warm-up; %.1f min:%n",
                        SIGN_INS, BATCH, WARM_UP, minutes));
        out.append(
                String.format(
                        "  %-18s %9s %9s %9s %11s %13s%n",
                        "case", "CPU ms", "batch p50", "wall ms", "x password", "x Keycloak OTP"));
        totals.forEach(
                (signInCase, t) ->
                        out.append(
                                String.format(
                                        "  %-18s %9.1f %9.1f %9.1f %10.2fx %12.2fx%n",
                                        signInCase.name(),
                                        t.cpuPerSignIn(),
                                        t.medianBatchCpuPerSignIn(),
                                        t.wallPerSignIn(),
                                        t.cpuPerSignIn() / password,
                                        t.cpuPerSignIn() / keycloakOtp)));
        out.append(
                String.format(
                        "%nStep by step (CPU ms per sign-in, requests to Keycloak each time):%n"));
        totals.forEach(
                (signInCase, t) ->
                        signInCase
                                .steps()
                                .all()
                                .forEach(
                                        (step, s) ->
                                                out.append(
                                                        String.format(
                                                                "  %-18s %-28s %7.1f %5.1f%n",
                                                                signInCase.name(),
                                                                step,
                                                                s.cpuPerSignIn(t.signIns),
                                                                s.requestsEach()))));
        System.out.println(out);
    }

    private static void print(SingleRequests single) {
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                "One request alone, in the same rounds (CPU ms per request, %d per"
                                        + " round):%n",
                                SINGLE_REQUESTS));
        single.perRequest()
                .forEach(
                        (name, millis) ->
                                out.append(String.format("  %-40s %7.2f%n", name, millis)));
        System.out.println(out);
    }

    /** One case's measured batches. */
    private static final class Totals {
        private final List<Double> batchCpuPerSignIn = new ArrayList<>();
        private double cpuMillis;
        private long wallNanos;
        private int signIns;

        void add(double batchCpuMillis, long batchWallNanos) {
            cpuMillis += batchCpuMillis;
            wallNanos += batchWallNanos;
            signIns += BATCH;
            batchCpuPerSignIn.add(batchCpuMillis / BATCH);
        }

        double cpuPerSignIn() {
            return cpuMillis / signIns;
        }

        double medianBatchCpuPerSignIn() {
            List<Double> sorted = new ArrayList<>(batchCpuPerSignIn);
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }

        double wallPerSignIn() {
            return wallNanos / 1e6 / signIns;
        }
    }
}
