package org.mfaportal.push.challenge;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.protocol.Base32;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * Push challenges in Keycloak's single-use store. Each open challenge holds one of the user's
 * numbered slots (at most pushOpenPerUser, claimed with the atomic putIfAbsent, so two nodes cannot
 * both take the last one); the slots are also the per-user index that a device's poll reads. The
 * outcome is the challenge's ticket, settled once (see {@link Tickets#settle}).
 */
public final class Challenges {

    private static final String CHALLENGE = "mfa-portal:push:challenge:";
    private static final String SLOT = "mfa-portal:push:open:";
    private static final String NONCE = ":nonce";
    private static final String RECLAIMED = ":reclaimed:";

    /** The most slots a realm may allow (pushOpenPerUser is 1..5). */
    private static final int MAX_SLOTS = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SingleUseObjectProvider store;
    private final Tickets tickets;

    public Challenges(KeycloakSession session) {
        this.store = session.singleUseObjects();
        this.tickets = new Tickets(session);
    }

    /** 20 random bytes in base32: 32 characters, no padding (as privacyIDEA). */
    public static String newNonce() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base32.encode(bytes);
    }

    /**
     * The next free slot of the user's at most {@code max} open pushes, or -1 when all are taken.
     * Give it the lifetime of the slot's index ({@link #open}), so that a slot never frees while
     * its index lives.
     */
    public int claimSlot(String realmId, String userId, int max, Duration lifetime) {
        for (int slot = 1; slot <= max; slot++) {
            String key = slotKey(realmId, userId, slot);
            if (store.putIfAbsent(key, lifetime.toSeconds())) {
                return slot;
            }
            Optional<String> staleNonce = staleNonce(key);
            // One reclaimer per stale challenge: two nodes that both saw it stale must not both
            // free the slot
            // (the second would remove the first one's fresh claim and take the slot as well).
            if (staleNonce.isPresent()
                    && store.putIfAbsent(
                            key + RECLAIMED + staleNonce.get(), lifetime.toSeconds())) {
                // Index first, then the slot: whoever takes a free slot never finds an old index in
                // it.
                store.remove(key + NONCE);
                if (store.remove(key) != null && store.putIfAbsent(key, lifetime.toSeconds())) {
                    return slot;
                }
            }
        }
        return -1;
    }

    /**
     * Stores the challenge; it and its slot's index entry become visible when this request commits.
     */
    public void open(Challenge challenge, Duration lifetime) {
        store.put(CHALLENGE + challenge.nonce(), lifetime.toSeconds(), challenge.notes());
        store.put(
                slotKey(challenge.realmId(), challenge.userId(), challenge.slot()) + NONCE,
                lifetime.toSeconds(),
                Map.of("nonce", challenge.nonce()));
    }

    public Optional<Challenge> find(String nonce) {
        Map<String, String> notes = nonce == null ? null : store.get(CHALLENGE + nonce);
        return notes == null ? Optional.empty() : Optional.of(Challenge.of(nonce, notes));
    }

    /**
     * The user's challenges still waiting for an answer (not expired, not settled): what a poll
     * hands out.
     */
    public List<Challenge> open(String realmId, String userId) {
        List<Challenge> open = new ArrayList<>();
        for (int slot = 1; slot <= MAX_SLOTS; slot++) {
            Map<String, String> index = store.get(slotKey(realmId, userId, slot) + NONCE);
            if (index != null) {
                find(index.get("nonce")).filter(this::answerable).ifPresent(open::add);
            }
        }
        return open;
    }

    public boolean answerable(Challenge challenge) {
        return !challenge.expired()
                && tickets.find(challenge.ticketId())
                        .map(t -> t.state() == Ticket.State.PENDING)
                        .orElse(false);
    }

    /**
     * Frees the challenge's slot (answered, expired or replaced); the challenge itself stays until
     * its lifetime ends.
     */
    public void release(Challenge challenge) {
        String key = slotKey(challenge.realmId(), challenge.userId(), challenge.slot());
        Map<String, String> index = store.get(key + NONCE);
        if (index != null && challenge.nonce().equals(index.get("nonce"))) {
            store.remove(key + NONCE);
            store.remove(key);
        }
    }

    /** The nonce of a slot whose challenge was answered or expired (Keycloak time), or is gone. */
    private Optional<String> staleNonce(String key) {
        Map<String, String> index = store.get(key + NONCE);
        if (index == null) {
            return Optional.empty(); // just claimed; its challenge commits with that request
        }
        String nonce = index.get("nonce");
        return find(nonce).map(c -> !answerable(c)).orElse(true)
                ? Optional.of(nonce)
                : Optional.empty();
    }

    private static String slotKey(String realmId, String userId, int slot) {
        return SLOT + realmId + ":" + userId + ":" + slot;
    }
}
