package org.mfaportal.it.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.waiting.LongPolls.Answer;
import org.mfaportal.it.waiting.WaitingCrowd.Waiting;

/**
 * A waiting page's poll is answered later, on another thread than the one that took the request.
 * Once many polls have ended (by a reply or by their time running out), every ordinary request
 * after them still succeeds, whichever worker thread serves it, and the server logs no error: no
 * request's transaction is left behind on a worker thread or ended on the wrong one (issue 16: it
 * once was, and later requests failed with "Cannot access delegate without a transaction").
 */
@ExtendWith(KeycloakServer.Extension.class)
class EndedPollsLeaveTheServerHealthyIT {

    /** Waiting sign-ins: half are answered by a reply, half only ever run out of time. */
    private static final int PAGES = 16;

    /** Polls per page (the per-ticket bound), each from its own address. */
    private static final int POLLS_PER_PAGE = 3;

    /** Rounds of short polls that end by running out of time. */
    private static final int TIMEOUT_ROUNDS = 3;

    /**
     * Rounds of ordinary requests, each several at once, so that they pass through every worker
     * thread the polls went through.
     */
    private static final int ORDINARY_ROUNDS = 8;

    private static final String OUTSIDE = "203.0.113.";

    private final KeycloakServer server;
    private final LongPolls polls = new LongPolls();

    EndedPollsLeaveTheServerHealthyIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void afterManyPollsEndedEveryOrdinaryRequestSucceedsAndTheLogStaysClean() throws Exception {
        long logFrom = Files.size(server.log());
        try (var crowdSettings = server.portalSettings(WaitingCrowd.settings())) {
            List<Waiting> crowd = WaitingCrowd.signIn(server, PAGES);
            List<Waiting> answered = crowd.subList(0, PAGES / 2);
            List<Waiting> silent = crowd.subList(PAGES / 2, PAGES);

            List<CompletableFuture<Answer>> held = new ArrayList<>();
            for (int p = 0; p < answered.size(); p++) {
                for (int i = 0; i < POLLS_PER_PAGE; i++) {
                    held.add(polls.poll(answered.get(p).stateUrl(), 25, client(p, i)));
                }
            }
            for (int round = 0; round < TIMEOUT_ROUNDS; round++) {
                List<CompletableFuture<Answer>> shortOnes = new ArrayList<>();
                for (int p = 0; p < silent.size(); p++) {
                    for (int i = 0; i < POLLS_PER_PAGE; i++) {
                        shortOnes.add(
                                polls.poll(silent.get(p).stateUrl(), 1, client(PAGES + p, i)));
                    }
                }
                for (CompletableFuture<Answer> poll : shortOnes) {
                    Answer answer = poll.get(60, TimeUnit.SECONDS);
                    assertThat(answer.status()).as("a poll whose time ran out").isEqualTo(200);
                    assertThat(answer.state()).isEqualTo("PENDING");
                }
            }
            assertThat(held).noneMatch(CompletableFuture::isDone);
            for (Waiting page : answered) {
                WaitingCrowd.reply(server, page);
            }
            for (CompletableFuture<Answer> poll : held) {
                Answer answer = poll.get(60, TimeUnit.SECONDS);
                assertThat(answer.status()).as("a poll answered by a reply").isEqualTo(200);
                assertThat(answer.state()).isEqualTo("APPROVED");
            }
        }

        ordinaryRequestsAllSucceed();
        assertThat(serverLogSince(logFrom))
                .as("the server's log while polls ended and ordinary requests followed")
                .noneMatch(line -> line.contains("transaction is not active"))
                .noneMatch(line -> line.contains("Cannot access delegate"))
                .noneMatch(line -> line.contains(" ERROR "));
    }

    /**
     * Discovery documents, sign-ins with password and authenticator code (written to the database),
     * and an account REST call with the token each sign-in got: several at once, round after round.
     */
    private void ordinaryRequestsAllSucceed() throws Exception {
        ExecutorService people = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < ORDINARY_ROUNDS; round++) {
                List<Future<?>> requests = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    requests.add(people.submit(() -> polls.discovery(server.realmUrl())));
                }
                for (int i = 0; i < 2; i++) {
                    int n = round * 2 + i;
                    requests.add(people.submit(() -> signInAndReadTheAccount(n)));
                }
                for (Future<?> request : requests) {
                    request.get(2, TimeUnit.MINUTES);
                }
            }
        } finally {
            people.shutdownNow();
        }
    }

    private Void signInAndReadTheAccount(int n) {
        TestUser someone = TestUser.withTotp(server);
        DemoApp app = new DemoApp(server);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE + (10 + n))) {
            Page code = app.signInWithPassword(browser, someone.username(), someone.password());
            assertThat(code.status()).as("the code page after the password").isEqualTo(200);
            Page signedIn =
                    code.form("kc-otp-login-form").fill("otp", someone.currentCode()).submit();
            assertThat(DemoApp.isSignedIn(signedIn)).as("signed in").isTrue();
            String token = app.accessToken(signedIn);
            server.admin()
                    .sendWithToken(
                            "GET",
                            "/realms/" + KeycloakServer.REALM + "/mfa-portal/account/browsers",
                            null,
                            token)
                    .requireStatus(200);
        }
        return null;
    }

    private List<String> serverLogSince(long offset) throws IOException {
        Path log = server.log();
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    /** Each poll of a page from an address of its own, as a page and its reloads in other tabs. */
    private static String client(int page, int poll) {
        return "198.51." + page + "." + (1 + poll);
    }
}
