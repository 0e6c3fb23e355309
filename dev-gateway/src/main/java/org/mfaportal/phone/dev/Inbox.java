package org.mfaportal.phone.dev;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.keycloak.util.JsonSerialization;

/**
 * Everything the virtual phones of one realm hold: per number, its events, newest first. Bounded,
 * because it lives as one entry in Keycloak's single-use store: old events and numbers fall off.
 */
record Inbox(Map<String, List<PhoneEvent>> numbers) {

    static final int MAX_EVENTS_PER_NUMBER = 50;
    static final int MAX_NUMBERS = 20;
    static final Duration MAX_AGE = Duration.ofHours(24);

    Inbox {
        Map<String, List<PhoneEvent>> copy = new LinkedHashMap<>();
        if (numbers != null) {
            numbers.forEach((number, events) -> copy.put(number, List.copyOf(events)));
        }
        numbers = copy;
    }

    static Inbox empty() {
        return new Inbox(Map.of());
    }

    /** Adds the newest event of a number, and drops what is too old or beyond the caps. */
    Inbox with(String number, PhoneEvent event, long nowMillis) {
        Map<String, List<PhoneEvent>> changed = new LinkedHashMap<>(numbers);
        List<PhoneEvent> events = new ArrayList<>();
        events.add(event);
        events.addAll(changed.getOrDefault(number, List.of()));
        changed.put(number, events);
        return new Inbox(changed).pruned(nowMillis);
    }

    /** The same inbox with one event changed (no-op when it is gone). */
    Inbox updated(String number, String eventId, UnaryOperator<PhoneEvent> change) {
        List<PhoneEvent> events = numbers.get(number);
        if (events == null) {
            return this;
        }
        Map<String, List<PhoneEvent>> changed = new LinkedHashMap<>(numbers);
        changed.put(
                number,
                events.stream().map(e -> e.id().equals(eventId) ? change.apply(e) : e).toList());
        return new Inbox(changed);
    }

    /**
     * The same inbox with one call changed, on whichever number it rang (no-op when it is gone).
     */
    Inbox withCall(String callId, UnaryOperator<PhoneCall> change) {
        Map<String, List<PhoneEvent>> changed = new LinkedHashMap<>(numbers);
        numbers.forEach(
                (number, events) ->
                        changed.put(
                                number,
                                events.stream()
                                        .map(e -> e.id().equals(callId) ? e.withCall(change) : e)
                                        .toList()));
        return new Inbox(changed);
    }

    Optional<PhoneEvent> find(String number, String eventId) {
        return numbers.getOrDefault(number, List.of()).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst();
    }

    /** Numbers with the most recent activity first. */
    @JsonIgnore
    List<String> numbersByActivity() {
        return numbers.keySet().stream()
                .sorted(
                        Comparator.comparingLong((String n) -> numbers.get(n).get(0).at())
                                .reversed())
                .toList();
    }

    String toJson() {
        try {
            return JsonSerialization.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Inbox fromJson(String json) {
        try {
            return json == null ? empty() : JsonSerialization.readValue(json, Inbox.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Inbox pruned(long nowMillis) {
        long oldest = nowMillis - MAX_AGE.toMillis();
        Map<String, List<PhoneEvent>> kept = new LinkedHashMap<>();
        numbers.forEach(
                (number, events) -> {
                    List<PhoneEvent> recent =
                            events.stream()
                                    .filter(e -> e.at() >= oldest)
                                    .limit(MAX_EVENTS_PER_NUMBER)
                                    .toList();
                    if (!recent.isEmpty()) {
                        kept.put(number, recent);
                    }
                });
        Inbox fresh = new Inbox(kept);
        List<String> byActivity = fresh.numbersByActivity();
        byActivity
                .subList(Math.min(MAX_NUMBERS, byActivity.size()), byActivity.size())
                .forEach(kept::remove);
        return new Inbox(kept);
    }
}
