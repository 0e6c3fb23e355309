package org.mfaportal.it.kit.twilio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every text and call the fake accepted, in order. The SDK call returns only after the fake
 * recorded it, so tests rarely wait; when they must (a send on another thread), they wait on this
 * monitor for a bounded time, woken by each new record instead of polling.
 */
final class Ledger {

    private final List<SentText> texts = new ArrayList<>();
    private final List<PlacedCall> calls = new ArrayList<>();
    private final List<CallUpdate> updates = new ArrayList<>();

    synchronized void record(SentText text) {
        texts.add(text);
        notifyAll();
    }

    synchronized void record(PlacedCall call) {
        calls.add(call);
        notifyAll();
    }

    synchronized void record(CallUpdate update) {
        updates.add(update);
        notifyAll();
    }

    synchronized List<CallUpdate> updates() {
        return List.copyOf(updates);
    }

    CallUpdate awaitUpdate(Predicate<CallUpdate> wanted, Duration patience, String what) {
        return await(updates, wanted, patience)
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "No call update "
                                                + what
                                                + " within "
                                                + patience
                                                + "; updates: "
                                                + updates()));
    }

    synchronized List<SentText> texts() {
        return List.copyOf(texts);
    }

    synchronized List<PlacedCall> calls() {
        return List.copyOf(calls);
    }

    synchronized Optional<PlacedCall> call(String sid) {
        return calls.stream().filter(call -> call.sid().equals(sid)).findFirst();
    }

    /** The newest text that matches, waiting up to {@code patience} for one to arrive. */
    SentText awaitText(Predicate<SentText> wanted, Duration patience, String what) {
        return await(texts, wanted, patience)
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "No text "
                                                + what
                                                + " within "
                                                + patience
                                                + "; texts sent: "
                                                + texts()));
    }

    PlacedCall awaitCall(Predicate<PlacedCall> wanted, Duration patience, String what) {
        return await(calls, wanted, patience)
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "No call "
                                                + what
                                                + " within "
                                                + patience
                                                + "; calls placed: "
                                                + calls()));
    }

    private synchronized <T> Optional<T> await(
            List<T> records, Predicate<T> wanted, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<T> newest = newest(records, wanted);
            long left = deadline - System.nanoTime();
            if (newest.isPresent() || left <= 0) {
                return newest;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return newest;
            }
        }
    }

    private static <T> Optional<T> newest(List<T> records, Predicate<T> wanted) {
        for (int i = records.size() - 1; i >= 0; i--) {
            if (wanted.test(records.get(i))) {
                return Optional.of(records.get(i));
            }
        }
        return Optional.empty();
    }
}
