package org.mfaportal.it.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.waiting.LongPolls.Answer;
import org.mfaportal.it.waiting.WaitingCrowd.Waiting;

/**
 * Hundreds of waiting pages polling at once (as an attacker with a few sign-ins would, too) hold no
 * worker thread: the server goes on answering, a sign-in by call completes, and one client's polls
 * beyond its share are refused at once. Every poll here is on loopback and ends by itself.
 */
@ExtendWith(KeycloakServer.Extension.class)
class WaitingPagesUnderLoadIT {

    /** The node's default bounds (LongPollFactory's options). */
    private static final int PER_TICKET = 3;

    private static final int PER_CLIENT = 50;

    /**
     * 102 waiting sign-ins: three polls on each of the first 101 and two on the last, 305 at once.
     */
    private static final int PAGES = 102;

    private static final int WAIT = 25;
    private static final String GREEDY = "192.0.2.99";

    private final KeycloakServer server;
    private final LongPolls polls = new LongPolls();

    WaitingPagesUnderLoadIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void threeHundredHeldPollsLeaveTheServerAnsweringAndASignInByCallCompletes() throws Exception {
        try (var crowdSettings = server.portalSettings(WaitingCrowd.settings())) {
            List<Waiting> crowd = WaitingCrowd.signIn(server, PAGES);
            List<CompletableFuture<Answer>> pages = new ArrayList<>();
            int spread = 0;
            for (int i = 0; i < PAGES; i++) {
                // The first 50 pages each have one poll from one greedy client: its whole share.
                String third =
                        i < PER_CLIENT ? GREEDY : i < PAGES - 1 ? spreadClient(spread++) : null;
                for (String client :
                        new String[] {spreadClient(spread++), spreadClient(spread++), third}) {
                    if (client != null) {
                        pages.add(polls.untilDecided(crowd.get(i).stateUrl(), WAIT, client));
                    }
                }
            }
            assertThat(pages).hasSizeGreaterThanOrEqualTo(300);

            Answer overItsShare = firstRefusal(crowd.get(PAGES - 1).stateUrl(), GREEDY);
            assertThat(overItsShare.status())
                    .as("the greedy client's %dth poll, on a ticket with room", PER_CLIENT + 1)
                    .isEqualTo(429);
            assertThat(overItsShare.took()).isLessThan(Duration.ofSeconds(2));
            Answer overTheTicket =
                    polls.poll(crowd.get(0).stateUrl(), WAIT, "192.0.2.250")
                            .get(60, TimeUnit.SECONDS);
            assertThat(overTheTicket.status())
                    .as("a %dth poll of one ticket", PER_TICKET + 1)
                    .isEqualTo(429);
            assertThat(overTheTicket.took()).isLessThan(Duration.ofSeconds(2));

            for (int i = 0; i < 5; i++) {
                assertThat(polls.discovery(server.realmUrl()))
                        .as("OIDC discovery with %d pages waiting", pages.size())
                        .isLessThan(Duration.ofSeconds(2));
            }
            assertThat(pages).noneMatch(CompletableFuture::isDone);
            aSignInByCallCompletes(pages.size());

            for (Waiting page : crowd) {
                WaitingCrowd.reply(server, page);
            }
            for (CompletableFuture<Answer> page : pages) {
                assertThat(page.get(2L * WAIT, TimeUnit.SECONDS).state())
                        .as("each page hears its reply")
                        .isEqualTo("APPROVED");
            }
        }
    }

    private void aSignInByCallCompletes(int waiting) {
        String number = TestUser.freshNumber();
        TestUser ada = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor("203.0.113.77")) {
            WaitPage page =
                    new WaitPage(
                            new DemoApp(server)
                                    .signInWithPassword(browser, ada.username(), ada.password()));
            String sid = server.twilio().lastCallTo(number).sid();
            server.twilio().answer(sid);
            server.twilio().press(sid, "#");

            assertThat(page.awaitState(10))
                    .as("with %d pages waiting", waiting)
                    .isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(page.continueSignIn())).isTrue();
        }
    }

    /**
     * Asks as the client until a poll is refused: the first ones may come while its own polls are
     * still arriving (then this one is held a second and answered PENDING). At most 30 tries.
     */
    private Answer firstRefusal(String stateUrl, String client) throws Exception {
        Answer answer = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            answer = polls.poll(stateUrl, 1, client).get(60, TimeUnit.SECONDS);
            if (answer.status() == 429) {
                return answer;
            }
        }
        return answer;
    }

    /** Ten addresses take turns: 26 polls each at most, well under the per-client bound. */
    private static String spreadClient(int n) {
        return "192.0.2." + (10 + n % 10);
    }
}
