package org.mfaportal.it.waiting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.waiting.LongPolls.Answer;
import org.mfaportal.it.waiting.WaitingCrowd.Waiting;

/**
 * Not a test: holds 1,000 waiting pages' polls on one node (334 sign-ins waiting for a text reply,
 * each with as many polls as one ticket may hold: a page, a reload, a second tab), each polling as
 * the page's script does, while an attacker fires 2,000 polls at once from one address at its own
 * 20 waiting sign-ins; then answers the sign-ins one after another, and prints the server JVM's
 * threads before and while they wait, the delay from each answer to each of its polls, OIDC
 * discovery's latency meanwhile, and how many of the attacker's polls were held or refused. Run it
 * on its own: {@code ./mvnw verify -pl authenticator-spi,admin-extension,integration-tests -am
 * -Dit.test=WaitingPagesBenchmark -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false} ({@code
 * -Dwaiting.polls=N} for another number, {@code -Dwaiting.attackPolls=N} for the attacker's).
 */
@ExtendWith(KeycloakServer.Extension.class)
class WaitingPagesBenchmark {

    private static final int WAIT = 25;

    /** The node's default bound of polls per ticket. */
    private static final int POLLS_PER_SIGN_IN = 3;

    /** An attacker's own waiting sign-ins, all polled from one address. */
    private static final int ATTACKER_SIGN_INS = 20;

    private static final String ATTACKER = "198.18.0.66";

    @Test
    void printThreadsAndDelaysWithAThousandPagesWaiting(KeycloakServer server) throws Exception {
        int polled = Integer.getInteger("waiting.polls", 1000);
        int count = (polled + POLLS_PER_SIGN_IN - 1) / POLLS_PER_SIGN_IN;
        LongPolls polls = new LongPolls();
        try (var crowdSettings = server.portalSettings(WaitingCrowd.settings())) {
            String loadBefore = loadAverage();
            List<Waiting> crowd = WaitingCrowd.signIn(server, count);
            List<Waiting> attackersOwn = WaitingCrowd.signIn(server, ATTACKER_SIGN_INS);
            int attackPolls = Integer.getInteger("waiting.attackPolls", 2000);
            polls.discovery(server.realmUrl());
            int threadsBefore = threads(server.pid());

            List<Long> discovery = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean measuring = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> sampleDiscovery(polls, server, discovery, measuring));
            List<CompletableFuture<Answer>> pages = new ArrayList<>();
            for (Waiting page : crowd) {
                for (int tab = 0; tab < POLLS_PER_SIGN_IN; tab++) {
                    pages.add(polls.untilDecided(page.stateUrl(), WAIT, page.client()));
                }
            }
            sampler.start();
            List<CompletableFuture<Answer>> attack = new ArrayList<>();
            for (int i = 0; i < attackPolls; i++) {
                attack.add(
                        polls.poll(
                                attackersOwn.get(i % ATTACKER_SIGN_INS).stateUrl(),
                                WAIT,
                                ATTACKER));
            }
            int threadsWaiting = 0;
            for (int second = 0; second < 10; second++) {
                threadsWaiting = Math.max(threadsWaiting, threads(server.pid()));
                TimeUnit.SECONDS.sleep(1); // the benchmark's own pace, not the server's time
            }
            long pendingPages = pages.stream().filter(p -> !p.isDone()).count();
            List<Long> refusedMicros = new ArrayList<>();
            for (CompletableFuture<Answer> poll : attack) {
                if (poll.isDone() && poll.get().status() == 429) {
                    refusedMicros.add(poll.get().took().toNanos() / 1000);
                }
            }
            long attackHeld = attack.stream().filter(p -> !p.isDone()).count();
            refusedMicros.sort(null);

            long[] repliedAt = new long[count];
            for (int i = 0; i < count; i++) {
                repliedAt[i] = System.nanoTime();
                WaitingCrowd.reply(server, crowd.get(i));
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                Answer answer = pages.get(i).get(2L * WAIT, TimeUnit.SECONDS);
                if (!"APPROVED".equals(answer.state())) {
                    throw new IllegalStateException("poll " + i + " heard " + answer);
                }
                micros.add((answer.answeredAt() - repliedAt[i / POLLS_PER_SIGN_IN]) / 1000);
            }
            measuring.set(false);
            sampler.join();
            micros.sort(null);
            List<Long> discoveryMicros = new ArrayList<>(discovery);
            discoveryMicros.sort(null);
            System.out.printf(
                    "%n%d waiting polls on one node, %d sign-ins (%d polls still waiting when the answers began)%n"
                            + "  server JVM threads: %d before, at most %d while they waited%n"
                            + "  reply webhook sent -> poll answered: p50 %.1f ms   p99 %.1f ms   max %.1f ms%n"
                            + "  OIDC discovery meanwhile (%d requests): p50 %.1f ms   p99 %.1f ms   max %.1f ms%n"
                            + "  an attacker's %d polls at once from one address on its %d sign-ins: %d held, %d refused (429) in p50 %.1f ms   p99 %.1f ms%n"
                            + "  load average before / after: %s / %s%n%n",
                    pages.size(),
                    count,
                    pendingPages,
                    threadsBefore,
                    threadsWaiting,
                    percentile(micros, 50),
                    percentile(micros, 99),
                    micros.get(micros.size() - 1) / 1000.0,
                    discoveryMicros.size(),
                    percentile(discoveryMicros, 50),
                    percentile(discoveryMicros, 99),
                    discoveryMicros.get(discoveryMicros.size() - 1) / 1000.0,
                    attackPolls,
                    ATTACKER_SIGN_INS,
                    attackHeld,
                    refusedMicros.size(),
                    refusedMicros.isEmpty() ? 0.0 : percentile(refusedMicros, 50),
                    refusedMicros.isEmpty() ? 0.0 : percentile(refusedMicros, 99),
                    loadBefore,
                    loadAverage());
        }
    }

    /** OIDC discovery ten times a second, one at a time, until told to stop. */
    private static void sampleDiscovery(
            LongPolls polls, KeycloakServer server, List<Long> micros, AtomicBoolean measuring) {
        try {
            while (measuring.get()) {
                micros.add(polls.discovery(server.realmUrl()).toNanos() / 1000);
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM's live threads, as the kernel counts them. */
    private static int threads(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).trim());
            }
        }
        throw new IllegalStateException("no thread count for " + pid);
    }

    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(
                        Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))
                / 1000.0;
    }
}
