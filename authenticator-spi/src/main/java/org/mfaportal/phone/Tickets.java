package org.mfaportal.phone;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/** Opens, reads and settles tickets in Keycloak's single-use store (cluster-wide, with a TTL). */
public final class Tickets {

    private static final String PREFIX = "mfa-portal:ticket:";
    private static final String SETTLED = ":settled";
    private static final String INDEX = "mfa-portal:ticket-index:";
    private static final String SEEN = "mfa-portal:gateway-message:";
    private static final String ID = "id";
    /** Longer than any ticket lives, so a settled ticket can never be settled again. */
    private static final long SETTLED_MARK_SECONDS = Duration.ofHours(1).toSeconds();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SingleUseObjectProvider store;

    public Tickets(KeycloakSession session) {
        this.store = session.singleUseObjects();
    }

    public Ticket open(Map<String, String> notes, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, String> initial = new HashMap<>(notes);
        initial.put(Ticket.STATE, Ticket.State.PENDING.name());
        store.put(PREFIX + id, lifetime.toSeconds(), initial);
        return new Ticket(id, initial);
    }

    /** The ticket, unless it expired, was consumed, or the id is not well formed. */
    public Optional<Ticket> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Map<String, String> notes = store.get(PREFIX + id);
        return notes == null ? Optional.empty() : Optional.of(new Ticket(id, notes));
    }

    /**
     * Records an outcome on a still-pending ticket, once: the first caller wins cluster-wide (an
     * atomic putIfAbsent), so a replayed or concurrent webhook changes nothing and gets false.
     */
    public boolean settle(Ticket ticket, Ticket.State outcome) {
        Optional<Ticket> current = find(ticket.id()).filter(t -> t.state() == Ticket.State.PENDING);
        if (current.isEmpty() || !store.putIfAbsent(PREFIX + ticket.id() + SETTLED, SETTLED_MARK_SECONDS)) {
            return false;
        }
        return store.replace(PREFIX + ticket.id(), current.get().with(Ticket.STATE, outcome.name()).notes());
    }

    /** Adds a note (e.g. the gateway's call id) to a live ticket. */
    public void annotate(Ticket ticket, String name, String value) {
        find(ticket.id()).ifPresent(current -> store.replace(PREFIX + ticket.id(), current.with(name, value).notes()));
    }

    /** Finds a ticket by another key than its id (e.g. the phone number a reply will come from). */
    public void index(String key, Ticket ticket, Duration lifetime) {
        store.put(INDEX + key, lifetime.toSeconds(), Map.of(ID, ticket.id()));
    }

    public Optional<Ticket> byIndex(String key) {
        Map<String, String> entry = store.get(INDEX + key);
        return entry == null ? Optional.empty() : find(entry.get(ID));
    }

    /** True the first time a gateway's message id is seen: a replayed webhook is refused. */
    public boolean firstSighting(String gatewayMessageId, Duration remembered) {
        return gatewayMessageId != null && !gatewayMessageId.isBlank()
                && store.putIfAbsent(SEEN + gatewayMessageId, remembered.toSeconds());
    }

    /** Removes the ticket so that its outcome is used once; empty if someone else took it first. */
    public Optional<Ticket> take(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Map<String, String> notes = store.remove(PREFIX + id);
        return notes == null ? Optional.empty() : Optional.of(new Ticket(id, notes));
    }
}
