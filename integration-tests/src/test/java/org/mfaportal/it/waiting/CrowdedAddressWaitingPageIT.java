package org.mfaportal.it.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.waiting.LongPolls.Answer;
import org.mfaportal.it.waiting.WaitingCrowd.Waiting;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;

/**
 * In a real browser (Chromium): a waiting page behind an address that already holds its share of
 * polls (as behind a busy proxy Keycloak does not trust to forward addresses) has its poll refused
 * (429, Retry-After) and asks again; once the call is confirmed, its next poll hears the verdict at
 * once (the bounds limit held polls, never answers) and the sign-in moves on by itself, while the
 * others' polls still wait.
 */
@ExtendWith(KeycloakServer.Extension.class)
class CrowdedAddressWaitingPageIT {

    /** Chromium's address as the test server sees it: its trusted proxy's, with no header. */
    private static final String CHROMIUM = "127.0.0.1";

    /** The node's default bounds (LongPollFactory's options). */
    private static final int PER_CLIENT = 50;

    private static final int PER_TICKET = 3;

    private final KeycloakServer server;
    private final LongPolls polls = new LongPolls();

    CrowdedAddressWaitingPageIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void aPageRefusedForItsCrowdedAddressMovesOnAsSoonAsTheCallIsConfirmed() throws Exception {
        try (var crowdSettings = server.portalSettings(WaitingCrowd.settings());
                Chromium chromium = new Chromium()) {
            chromium.onFailureKeep("crowded-address");
            List<Waiting> crowd = WaitingCrowd.signIn(server, PER_CLIENT / PER_TICKET + 1);
            List<CompletableFuture<Answer>> others = new ArrayList<>();
            for (Waiting page : crowd) {
                for (int tab = 0; tab < PER_TICKET; tab++) {
                    others.add(polls.poll(page.stateUrl(), 25, CHROMIUM));
                }
            }
            Answer first =
                    (Answer)
                            CompletableFuture.anyOf(others.toArray(CompletableFuture[]::new))
                                    .get(20, TimeUnit.SECONDS);
            assertThat(first.status()).as("the address's poll over its share").isEqualTo(429);

            String number = TestUser.freshNumber();
            TestUser ada = TestUser.withPhoneCalls(server, number, null);
            DemoApp app = new DemoApp(server);
            chromium.open(app.signInUrl());
            chromium.signIn(ada);
            chromium.waitFor(
                    d -> d.findElements(By.id("mfa-phone-wait-form")).isEmpty() ? null : true);
            StringBuilder console = new StringBuilder();
            chromium.waitFor(
                    d -> {
                        d.manage()
                                .logs()
                                .get(LogType.BROWSER)
                                .forEach(entry -> console.append(entry.getMessage()).append('\n'));
                        return console.toString().contains("status of 429") ? true : null;
                    });
            assertThat(console.toString())
                    .as("the page's own poll was refused")
                    .contains("/state?wait=25");

            String sid = server.twilio().lastCallTo(number).sid();
            server.twilio().answer(sid);
            server.twilio().press(sid, "#");
            String landed =
                    chromium.waitFor(
                            d ->
                                    d.getCurrentUrl().startsWith(DemoApp.REDIRECT_URI)
                                            ? d.getCurrentUrl()
                                            : null);
            long landedAt = System.nanoTime();
            assertThat(landed).contains("code=");

            long roomAt = Long.MAX_VALUE;
            for (CompletableFuture<Answer> poll : others) {
                Answer answer = poll.get(60, TimeUnit.SECONDS);
                if (answer.status() == 200) {
                    assertThat(answer.state()).isEqualTo("PENDING");
                    roomAt = Math.min(roomAt, answer.answeredAt());
                }
            }
            assertThat(landedAt)
                    .as("a decided ticket is answered at once: the page did not wait for room")
                    .isLessThan(roomAt);
        }
    }
}
