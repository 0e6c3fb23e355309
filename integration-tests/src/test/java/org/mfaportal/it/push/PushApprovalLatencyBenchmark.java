package org.mfaportal.it.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.device.HttpResult;
import org.mfaportal.device.PushRequest;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * Not a test: prints how long the sign-in page takes to hear the phone's approval, from the moment
 * the device's approval POST starts to the moment the page's (already waiting) long poll answers.
 * Run it on its own: {@code ./mvnw -B -ntp verify -pl integration-tests -am
 * -Dit.test=PushApprovalLatencyBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PushApprovalLatencyBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = Integer.getInteger("push.benchmark.runs", 300);

    /** Time for the long poll to reach the server before the phone answers. */
    private static final long POLL_HEAD_START_MILLIS = 30;

    @Test
    void printTheDelayFromApprovalToPage(KeycloakServer server) throws Exception {
        DemoApp app = new DemoApp(server);
        PushUsers.Enrolled user = PushUsers.enrolled(server, app);
        SimulatedDevice phone = user.device();
        HttpClient pageScript = HttpClient.newHttpClient();
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            try (Browser browser = server.browser().forwardedFor("203.0.113." + (1 + run % 200))) {
                PushWait waiting = PushUsers.signIn(app, browser, user.user());
                PushRequest request = Phone.theOnlyRequest(phone);
                Map<String, String> approval =
                        PushUsers.answer(phone, phone.serial(), request.nonce(), waiting.number());
                CompletableFuture<HttpResponse<String>> longPoll =
                        pageScript.sendAsync(
                                HttpRequest.newBuilder(URI.create(waiting.stateUrl() + "?wait=20"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                Thread.sleep(POLL_HEAD_START_MILLIS);
                long approvedAt = System.nanoTime();
                HttpResult answer = phone.post(request.url(), approval);
                String state = longPoll.get().body();
                long heardAt = System.nanoTime();
                if (answer.status() != 200 || !state.contains("APPROVED")) {
                    throw new IllegalStateException(
                            "run " + run + ": answer " + answer.status() + ", page heard " + state);
                }
                if (!DemoApp.isSignedIn(waiting.continueOn())) {
                    throw new IllegalStateException("run " + run + " did not sign in");
                }
                if (run >= WARM_UP) {
                    micros.add((heardAt - approvedAt) / 1000);
                }
            }
        }
        micros.sort(null);
        System.out.printf(
                "%nPhone's approval POST sent -> sign-in page's long poll answered, %d approvals on loopback:%n"
                        + "  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n%n",
                RUNS,
                percentile(micros, 50),
                percentile(micros, 95),
                percentile(micros, 99),
                micros.get(micros.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sortedMicros, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}
