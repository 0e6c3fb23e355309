package org.mfaportal.waiting;

import java.time.Duration;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Counts texts and calls per user, per number and per realm in fixed windows, against toll fraud
 * and SMS pumping. Each send claims the next free numbered slot of its window with the store's
 * atomic putIfAbsent, so two nodes can never both take the last one. The slots belong to the
 * limit's value too: a limit an administrator changes counts afresh from then on (at most one
 * window's worth more), rather than finding the slots of the old value taken.
 */
public final class SendLimits {

    /** One limit: at most {@code max} sends per {@code window} for this scope. */
    public record Limit(String scope, int max, Duration window) {}

    private static final String PREFIX = "mfa-portal:sends:";

    private final SingleUseObjectProvider store;

    public SendLimits(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** Takes a slot in every limit, or returns the first limit that is full. */
    public Limit tryAcquire(Limit... limits) {
        for (Limit limit : limits) {
            if (!claim(limit)) {
                return limit;
            }
        }
        return null;
    }

    /** Whether the limit's current window is used up, without taking a slot. */
    public boolean isFull(Limit limit) {
        long windowSeconds = limit.window().toSeconds();
        long window = Time.currentTimeMillis() / 1000 / windowSeconds;
        return store.contains(slots(limit, window) + limit.max());
    }

    private boolean claim(Limit limit) {
        long windowSeconds = limit.window().toSeconds();
        long now = Time.currentTimeMillis() / 1000;
        long window = now / windowSeconds;
        long lifetime = (window + 1) * windowSeconds - now + 1;
        String base = slots(limit, window);
        for (int slot = firstFree(base, limit.max()); slot <= limit.max(); slot++) {
            if (store.putIfAbsent(base + slot, lifetime)) {
                return true;
            }
        }
        return false;
    }

    /** The prefix of the slots of this limit in this window. */
    private static String slots(Limit limit, long window) {
        return PREFIX + limit.scope() + ":" + window + ":" + limit.max() + ":";
    }

    /** Slots fill in order, so a binary search finds the first free one in O(log max) look-ups. */
    private int firstFree(String base, int max) {
        int low = 1;
        int high = max + 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (store.contains(base + middle)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
