package org.mfaportal.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;
import org.mfaportal.waiting.SendLimits.Limit;

/** Time is moved with Keycloak's own clock offset, never waited for. */
class SendLimitsTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final InMemoryStore store = new InMemoryStore();
    private final SendLimits limits = new SendLimits(store);

    @BeforeEach
    void startAtTheBeginningOfAnHour() {
        // One second into a fresh hour, so that no test can straddle a window boundary by chance.
        long now = Time.currentTimeMillis() / 1000;
        Time.setOffset((int) (HOUR.toSeconds() - now % HOUR.toSeconds() + 1));
    }

    @AfterEach
    void resetTheClock() {
        Time.setOffset(0);
    }

    @Test
    void atMostMaxSendsPerWindowForOneScope() {
        Limit sixPerHour = new Limit("user:alice", 6, HOUR);

        IntStream.rangeClosed(1, 6)
                .forEach(
                        send ->
                                assertThat(limits.tryAcquire(sixPerHour))
                                        .as("send %d", send)
                                        .isNull());

        assertThat(limits.tryAcquire(sixPerHour)).isEqualTo(sixPerHour);
        assertThat(limits.tryAcquire(sixPerHour)).isEqualTo(sixPerHour);
        assertThat(store.keysContaining("user:alice")).hasSize(6);
    }

    @Test
    void aChangedLimitCountsAfreshInTheSameWindow() {
        Limit thousand = new Limit("realm:r", 1000, HOUR);
        IntStream.rangeClosed(1, 5).forEach(send -> limits.tryAcquire(thousand));
        Limit two = new Limit("realm:r", 2, HOUR);

        assertThat(limits.tryAcquire(two)).isNull();
        assertThat(limits.tryAcquire(two)).isNull();
        assertThat(limits.tryAcquire(two)).isEqualTo(two);
        assertThat(limits.isFull(two)).isTrue();
        assertThat(limits.isFull(thousand)).isFalse();
    }

    @Test
    void anotherScopeCountsOnItsOwn() {
        Limit alice = new Limit("user:alice", 2, HOUR);
        Limit bob = new Limit("user:bob", 2, HOUR);
        limits.tryAcquire(alice);
        limits.tryAcquire(alice);

        assertThat(limits.tryAcquire(alice)).isEqualTo(alice);
        assertThat(limits.tryAcquire(bob)).isNull();
        assertThat(limits.tryAcquire(bob)).isNull();
        assertThat(limits.tryAcquire(bob)).isEqualTo(bob);
    }

    @Test
    void aFullFirstLimitIsReturnedAndTakesNothingFromTheLaterOnes() {
        Limit user = new Limit("user:alice", 1, HOUR);
        Limit number = new Limit("number:+14155550100", 6, HOUR);
        limits.tryAcquire(user);

        assertThat(limits.tryAcquire(user, number)).isEqualTo(user);
        assertThat(store.keysContaining("number:")).isEmpty();
    }

    /**
     * Limits are claimed in order and nothing is given back, so a refused send still costs the
     * earlier limits.
     */
    @Test
    void aFullLaterLimitIsReturnedButTheEarlierLimitsStillLoseASlot() {
        Limit user = new Limit("user:alice", 6, HOUR);
        Limit realm = new Limit("realm:demo", 1, Duration.ofMinutes(1));
        limits.tryAcquire(realm);

        assertThat(limits.tryAcquire(user, realm)).isEqualTo(realm);
        assertThat(store.keysContaining("user:alice")).hasSize(1);
    }

    @Test
    void aNewWindowAllowsSendingAgain() {
        Limit onePerHour = new Limit("number:+14155550100", 1, HOUR);
        assertThat(limits.tryAcquire(onePerHour)).isNull();
        assertThat(limits.tryAcquire(onePerHour)).isEqualTo(onePerHour);

        Time.setOffset(Time.getOffset() + (int) HOUR.toSeconds());

        assertThat(limits.tryAcquire(onePerHour)).isNull();
        assertThat(limits.tryAcquire(onePerHour)).isEqualTo(onePerHour);
    }

    @Test
    void slotsOutliveTheirWindowBySecondsOnly() {
        limits.tryAcquire(new Limit("user:alice", 6, HOUR));

        // About one second into the hour: the slot lasts the rest of the hour plus one second.
        assertThat(store.lifetimes.values())
                .singleElement(InstanceOfAssertFactories.LONG)
                .isBetween(HOUR.toSeconds() - 2, HOUR.toSeconds());
    }

    @Test
    void theNextSendTakesTheFirstFreeSlot() {
        Limit tenPerHour = new Limit("user:alice", 10, HOUR);
        IntStream.rangeClosed(1, 5).forEach(send -> limits.tryAcquire(tenPerHour));
        store.lookups = 0;
        store.puts = 0;

        assertThat(limits.tryAcquire(tenPerHour)).isNull();

        // Binary search over slots 1..11: at most ceil(log2(11)) = 4 look-ups, then one put that
        // succeeds,
        // where a scan from slot 1 would have tried six puts.
        assertThat(store.lookups).isLessThanOrEqualTo(4);
        assertThat(store.puts).isEqualTo(1);
        assertThat(store.keysContaining("user:alice"))
                .hasSize(6)
                .anyMatch(key -> key.endsWith(":6"))
                .noneMatch(key -> key.endsWith(":7"));
    }

    /**
     * The Keycloak store semantics SendLimits relies on, with lifetimes honoured against Keycloak's
     * clock.
     */
    private static final class InMemoryStore implements SingleUseObjectProvider {

        private final Map<String, Long> expiries = new HashMap<>();
        private final Map<String, Map<String, String>> values = new HashMap<>();
        final Map<String, Long> lifetimes = new HashMap<>();
        int lookups;
        int puts;

        @Override
        public boolean putIfAbsent(String key, long lifespanSeconds) {
            puts++;
            if (live(key)) {
                return false;
            }
            put(key, lifespanSeconds, Map.of());
            return true;
        }

        @Override
        public boolean contains(String key) {
            lookups++;
            return live(key);
        }

        private boolean live(String key) {
            Long expiry = expiries.get(key);
            return expiry != null && Time.currentTimeMillis() < expiry;
        }

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            expiries.put(key, Time.currentTimeMillis() + lifespanSeconds * 1000);
            lifetimes.put(key, lifespanSeconds);
            values.put(key, notes);
        }

        @Override
        public Map<String, String> get(String key) {
            return live(key) ? values.get(key) : null;
        }

        @Override
        public Map<String, String> remove(String key) {
            Map<String, String> removed = get(key);
            expiries.remove(key);
            values.remove(key);
            return removed;
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            if (!live(key)) {
                return false;
            }
            values.put(key, notes);
            return true;
        }

        @Override
        public void close() {}

        List<String> keysContaining(String part) {
            return expiries.keySet().stream()
                    .filter(this::live)
                    .filter(key -> key.contains(part))
                    .toList();
        }
    }
}
