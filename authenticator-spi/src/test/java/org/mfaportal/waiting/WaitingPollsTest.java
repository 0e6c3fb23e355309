package org.mfaportal.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaitingPollsTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final WaitingPolls polls =
            new WaitingPolls(
                    new PollLimits(2, 3, 5),
                    pool,
                    w -> new PollAnswer(states.getOrDefault(w.ticketId, "PENDING"), 60));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aDecidedTicketWakesItsPollsAndFreesTheirPlaces() throws Exception {
        var first = polls.hold("r", "t1", "a", LONG).orElseThrow();
        var second = polls.hold("r", "t1", "b", LONG).orElseThrow();
        states.put("t1", "APPROVED");

        polls.wake("t1");

        assertThat(first.answer.get(5, TimeUnit.SECONDS).state()).isEqualTo("APPROVED");
        assertThat(second.answer.get(5, TimeUnit.SECONDS).state()).isEqualTo("APPROVED");
        assertThat(polls.held()).isZero();
    }

    @Test
    void aStraySignalLeavesAPendingPollWaiting() throws Exception {
        var waiter = polls.hold("r", "t1", "a", LONG).orElseThrow();

        polls.wake("t1");
        polls.wake("another");
        pool.submit(() -> {}).get(5, TimeUnit.SECONDS);

        assertThat(waiter.answer).isNotDone();
        assertThat(polls.held()).isOne();
    }

    @Test
    void aPollThatRunsOutOfTimeIsAnsweredWithTheStateThen() throws Exception {
        var waiter = polls.hold("r", "t1", "a", Duration.ofMillis(50)).orElseThrow();

        assertThat(waiter.answer.get(5, TimeUnit.SECONDS).state()).isEqualTo("PENDING");
        assertThat(polls.held()).isZero();
    }

    @Test
    void eachBoundRefusesThePollOverIt() {
        assertThat(polls.hold("r", "t1", "a", LONG)).isPresent();
        assertThat(polls.hold("r", "t1", "b", LONG)).isPresent();
        assertThat(polls.hold("r", "t1", "c", LONG)).as("a third poll of one ticket").isEmpty();

        assertThat(polls.hold("r", "t2", "a", LONG)).isPresent();
        assertThat(polls.hold("r", "t3", "a", LONG)).isPresent();
        assertThat(polls.hold("r", "t4", "a", LONG)).as("a fourth poll of one client").isEmpty();

        assertThat(polls.hold("r", "t5", "d", LONG)).isPresent();
        assertThat(polls.hold("r", "t6", "e", LONG)).as("a sixth poll on the node").isEmpty();
    }

    @Test
    void anAnsweredPollGivesItsPlaceBack() {
        var waiter = polls.hold("r", "t1", "a", LONG).orElseThrow();
        polls.hold("r", "t2", "a", LONG).orElseThrow();
        polls.hold("r", "t3", "a", LONG).orElseThrow();

        polls.finish(waiter, new PollAnswer("GONE", 0));

        assertThat(polls.hold("r", "t4", "a", LONG)).isPresent();
    }

    @Test
    void aStoreThatFailsEndsThePollAndFreesItsPlace() {
        WaitingPolls failing =
                new WaitingPolls(
                        PollLimits.DEFAULT,
                        pool,
                        w -> {
                            throw new IllegalStateException("store down");
                        });
        var waiter = failing.hold("r", "t1", "a", Duration.ofMillis(10)).orElseThrow();

        assertThat(waiter.answer).failsWithin(Duration.ofSeconds(5));
        assertThat(failing.held()).isZero();
    }

    @Test
    void aStoppingNodeHoldsNoPollAndKeepsNoPlace() {
        pool.shutdownNow();

        assertThat(polls.hold("r", "t1", "a", LONG)).isEmpty();
        assertThat(polls.held()).isZero();
    }

    @Test
    void aPollWhoseStoreReadFailsEndsWithTheErrorAndFreesItsPlace() throws Exception {
        var failing =
                new WaitingPolls(
                        new PollLimits(2, 3, 5),
                        pool,
                        w -> {
                            throw new IllegalStateException("store down");
                        });
        var waiter = failing.hold("r", "t1", "a", Duration.ofMillis(20)).orElseThrow();

        assertThat(waiter.answer)
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withMessageContaining("store down");
        assertThat(failing.held()).isZero();
    }
}
