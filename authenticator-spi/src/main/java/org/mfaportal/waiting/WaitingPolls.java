package org.mfaportal.waiting;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The polls this node holds open, each a future that no thread waits on: a wake-up for its ticket
 * or its time running out completes it, on a small pool of this registry's own. Node-local by
 * nature (a held request lives on one node); what a poll answers is read from the cluster's store.
 */
final class WaitingPolls {

    /** One held poll. */
    static final class Waiter {
        final String realmId;
        final String ticketId;
        final String client;
        final CompletableFuture<PollAnswer> answer = new CompletableFuture<>();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile ScheduledFuture<?> timeout;

        Waiter(String realmId, String ticketId, String client) {
            this.realmId = realmId;
            this.ticketId = ticketId;
            this.client = client;
        }
    }

    private final PollLimits limits;
    private final ScheduledExecutorService pool;
    private final Function<Waiter, PollAnswer> readAnswer;

    private final Map<String, Set<Waiter>> byTicket = new HashMap<>();
    private final Map<String, Integer> byClient = new HashMap<>();
    private int held;

    WaitingPolls(
            PollLimits limits,
            ScheduledExecutorService pool,
            Function<Waiter, PollAnswer> readAnswer) {
        this.limits = limits;
        this.pool = pool;
        this.readAnswer = readAnswer;
    }

    /**
     * Holds a poll for at most {@code wait}; empty when a bound is reached (the caller answers at
     * once).
     */
    Optional<Waiter> hold(String realmId, String ticketId, String client, Duration wait) {
        Waiter waiter = new Waiter(realmId, ticketId, client);
        synchronized (this) {
            Set<Waiter> ofTicket = byTicket.getOrDefault(ticketId, Set.of());
            if (held >= limits.perNode()
                    || ofTicket.size() >= limits.perTicket()
                    || byClient.getOrDefault(client, 0) >= limits.perClient()) {
                return Optional.empty();
            }
            byTicket.computeIfAbsent(ticketId, k -> new LinkedHashSet<>()).add(waiter);
            byClient.merge(client, 1, Integer::sum);
            held++;
        }
        try {
            waiter.timeout =
                    pool.schedule(
                            () -> answer(waiter, false), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            release(waiter);
            return Optional.empty();
        }
        if (waiter.finished.get()) {
            waiter.timeout.cancel(false);
        }
        return Optional.of(waiter);
    }

    /**
     * A ticket was decided somewhere in the cluster: each of its polls reads the answer and ends if
     * it is decided (a stray signal leaves a pending poll waiting).
     */
    void wake(String ticketId) {
        List<Waiter> waiters;
        synchronized (this) {
            waiters = List.copyOf(byTicket.getOrDefault(ticketId, Set.of()));
        }
        try {
            for (Waiter waiter : waiters) {
                pool.execute(() -> answer(waiter, true));
            }
        } catch (RejectedExecutionException shuttingDown) {
            // The node is stopping: its held polls end with it.
        }
    }

    /** Reads the poll's answer and ends it (only when decided, if asked so). */
    private void answer(Waiter waiter, boolean onlyIfDecided) {
        try {
            PollAnswer answer = readAnswer.apply(waiter);
            if (answer.decided() || !onlyIfDecided) {
                finish(waiter, answer);
            }
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, the poll ends (never counted as an answer) and lets go of its
            // place.
            fail(waiter, e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** Answers the poll, once, and lets go of its place. */
    void finish(Waiter waiter, PollAnswer answer) {
        if (!waiter.finished.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> timeout = waiter.timeout;
        if (timeout != null) {
            timeout.cancel(false);
        }
        release(waiter);
        waiter.answer.complete(answer);
    }

    /** Ends the poll with an error (e.g. the store failed), letting go of its place. */
    void fail(Waiter waiter, Throwable error) {
        if (waiter.finished.compareAndSet(false, true)) {
            ScheduledFuture<?> timeout = waiter.timeout;
            if (timeout != null) {
                timeout.cancel(false);
            }
            release(waiter);
            waiter.answer.completeExceptionally(error);
        }
    }

    synchronized int held() {
        return held;
    }

    private synchronized void release(Waiter waiter) {
        Set<Waiter> ofTicket = byTicket.get(waiter.ticketId);
        if (ofTicket != null && ofTicket.remove(waiter)) {
            if (ofTicket.isEmpty()) {
                byTicket.remove(waiter.ticketId);
            }
            byClient.computeIfPresent(waiter.client, (k, n) -> n <= 1 ? null : n - 1);
            held--;
        }
    }
}
