package org.mfaportal.it.phone;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.FakeTwilio;

/**
 * Not a test: prints how long the waiting page takes to hear a call's verdict, from the moment the
 * keypad webhook is sent to the moment the page's long poll answers. Run it on its own: {@code
 * ./mvnw verify -pl integration-tests -Dit.test=PhoneVerdictLatencyBenchmark}.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PhoneVerdictLatencyBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 100;

    @Test
    void printTheDelayFromKeypressToPage(KeycloakServer server) throws InterruptedException {
        FakeTwilio twilio = server.twilio();
        DemoApp app = new DemoApp(server);
        List<Long> micros = new ArrayList<>();
        // Many calls in a minute: lift the realm's send limit for the run, put back when it ends.
        try (var unlimited =
                server.portalSettings(
                        java.util.Map.of(
                                org.mfaportal.settings.PortalSetting.SENDS_PER_REALM_PER_MINUTE
                                        .key(),
                                100_000))) {
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                String number = TestUser.freshNumber();
                TestUser user = TestUser.withPhoneCalls(server, number, null);
                try (Browser browser =
                        server.browser().forwardedFor("203.0.113." + (1 + run % 200))) {
                    WaitPage waiting =
                            new WaitPage(
                                    app.signInWithPassword(
                                            browser, user.username(), user.password()));
                    String sid = twilio.lastCallTo(number).sid();
                    twilio.answer(sid);
                    long[] pressedAt = new long[1];
                    Thread phone =
                            new Thread(
                                    () -> {
                                        pressedAt[0] = System.nanoTime();
                                        twilio.press(sid, "#");
                                    });
                    phone.start();
                    String state = waiting.awaitState(20);
                    long heardAt = System.nanoTime();
                    phone.join();
                    if (!"APPROVED".equals(state)) {
                        throw new IllegalStateException("run " + run + " ended " + state);
                    }
                    if (run >= WARM_UP) {
                        micros.add((heardAt - pressedAt[0]) / 1000);
                    }
                }
            }
        }
        micros.sort(null);
        System.out.printf(
                "%nKeypress webhook sent -> waiting page's long poll answered, %d calls on loopback:%n"
                        + "  p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms%n%n",
                RUNS,
                percentile(micros, 50),
                percentile(micros, 90),
                percentile(micros, 99),
                micros.get(micros.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(
                        Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))
                / 1000.0;
    }
}
