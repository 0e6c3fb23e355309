package org.mfaportal.waiting;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Tickets in Keycloak's single-use store (cluster-wide). Every entry is written with put, so it
 * carries a lifespan and expires by itself ("replace" would make it immortal), and put takes effect
 * when the request's transaction commits. The outcome is a second entry beside the ticket, claimed
 * first with the store's atomic putIfAbsent so that only one webhook ever decides. Deciding or
 * taking a ticket wakes its waiting pages on every node once the request commits.
 */
public final class Tickets {

    private static final String PREFIX = "mfa-portal:ticket:";
    private static final String SETTLED = ":settled";
    private static final String OUTCOME = ":outcome";
    private static final String ISSUED = ":issued";

    /** The end of the ticket's life on Keycloak's clock (epoch seconds). */
    private static final String STORED_UNTIL = "storedUntil";

    private static final String INDEX = "mfa-portal:ticket-index:";
    private static final String SEEN = "mfa-portal:gateway-message:";
    private static final String ID = "id";

    /** Longer than any ticket lives: a settled ticket can never be settled again. */
    private static final Duration OUTCOME_LIFETIME = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final SingleUseObjectProvider store;
    private final KeycloakSessionFactory factory;

    public Tickets(KeycloakSession session) {
        this.session = session;
        this.store = session.singleUseObjects();
        this.factory = session.getKeycloakSessionFactory();
    }

    /**
     * A fresh, unguessable ticket id (256 bits), to build webhook URLs before the ticket is opened.
     */
    public static String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Opens the ticket; it becomes visible when this request commits. */
    public Ticket open(String id, Map<String, String> notes, Duration lifetime) {
        Map<String, String> stored = stored(notes, lifetime);
        store.put(PREFIX + id, lifetime.toSeconds(), stored);
        return new Ticket(id, stored);
    }

    /**
     * The notes as stored: no outcome yet, and the end of life on Keycloak's clock, which every
     * node shares.
     */
    private static Map<String, String> stored(Map<String, String> notes, Duration lifetime) {
        Map<String, String> stored = new HashMap<>(notes);
        stored.remove(Ticket.STATE);
        stored.putIfAbsent(STORED_UNTIL, Long.toString(Time.currentTime() + lifetime.toSeconds()));
        return stored;
    }

    /**
     * Opens the ticket in a transaction of its own, committed before this returns: for a gateway
     * that may call back before the current request ends. Also remembers, for an hour, that this
     * realm issued the ticket, so a gateway's late but genuine callback is told "no change" (204).
     */
    public void openBeforeSending(String id, Map<String, String> notes, Duration lifetime) {
        Map<String, String> stored = stored(notes, lifetime);
        KeycloakModelUtils.runJobInTransaction(
                factory,
                s -> {
                    s.singleUseObjects().put(PREFIX + id, lifetime.toSeconds(), stored);
                    s.singleUseObjects()
                            .put(
                                    PREFIX + id + ISSUED,
                                    OUTCOME_LIFETIME.toSeconds(),
                                    Map.of(Ticket.REALM, String.valueOf(notes.get(Ticket.REALM))));
                });
    }

    /**
     * Whether this realm issued the ticket within the last hour, whether or not it is still open.
     */
    public boolean issuedRecently(String id, String realmId) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{43}")) {
            return false;
        }
        Map<String, String> issued = store.get(PREFIX + id + ISSUED);
        return issued != null && realmId.equals(issued.get(Ticket.REALM));
    }

    /** The ticket with its outcome so far, unless it expired, was taken, or the id is malformed. */
    public Optional<Ticket> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Map<String, String> notes = store.get(PREFIX + id);
        // The store's own expiry runs on the wall clock; Keycloak's clock decides, as for its other
        // codes.
        if (notes == null
                || Time.currentTime() >= Long.parseLong(notes.getOrDefault(STORED_UNTIL, "0"))) {
            return Optional.empty();
        }
        Map<String, String> outcome = store.get(PREFIX + id + OUTCOME);
        if (outcome == null) {
            return Optional.of(new Ticket(id, notes));
        }
        Map<String, String> merged = new HashMap<>(notes);
        merged.putAll(outcome);
        return Optional.of(new Ticket(id, merged));
    }

    /**
     * Records the outcome of a pending ticket, once: the first caller wins cluster-wide, so a
     * replayed or concurrent webhook gets false and changes nothing.
     */
    public boolean settle(Ticket ticket, Ticket.State outcome) {
        return settle(ticket, outcome, Map.of());
    }

    /**
     * As {@link #settle(Ticket, Ticket.State)}, keeping notes about who decided (e.g. the device
     * that answered).
     */
    public boolean settle(Ticket ticket, Ticket.State outcome, Map<String, String> decidedBy) {
        if (find(ticket.id()).filter(t -> t.state() == Ticket.State.PENDING).isEmpty()
                || !store.putIfAbsent(
                        PREFIX + ticket.id() + SETTLED, OUTCOME_LIFETIME.toSeconds())) {
            return false;
        }
        Map<String, String> recorded = new HashMap<>(decidedBy);
        recorded.put(Ticket.STATE, outcome.name());
        store.put(PREFIX + ticket.id() + OUTCOME, OUTCOME_LIFETIME.toSeconds(), recorded);
        TicketWakeup.afterCommit(session, ticket.id());
        return true;
    }

    /** Removes the ticket so that its outcome is used once; empty if someone else took it first. */
    public Optional<Ticket> take(String id) {
        Optional<Ticket> ticket = find(id);
        if (ticket.isEmpty() || store.remove(PREFIX + id) == null) {
            return Optional.empty();
        }
        TicketWakeup.afterCommit(session, id);
        return ticket;
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
        return gatewayMessageId != null
                && !gatewayMessageId.isBlank()
                && store.putIfAbsent(SEEN + gatewayMessageId, remembered.toSeconds());
    }
}
