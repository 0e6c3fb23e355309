package org.mfaportal.waiting;

import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;

/**
 * What a waiting page's poll is told about its ticket: GONE (unknown, taken, of another realm),
 * EXPIRED (still pending past its deadline), or the ticket's state. Only the state leaves the
 * server.
 */
public record PollAnswer(String state, long secondsLeft) {

    public static final String GONE = "GONE";
    public static final String EXPIRED = "EXPIRED";

    /** The answer now, read from the store of the given session. */
    public static PollAnswer of(Tickets tickets, String realmId, String ticketId) {
        Optional<Ticket> found =
                tickets.find(ticketId).filter(t -> realmId.equals(t.note(Ticket.REALM)));
        if (found.isEmpty()) {
            return new PollAnswer(GONE, 0);
        }
        Ticket ticket = found.get();
        long now = Time.currentTime();
        if (ticket.overdue(now)) {
            return new PollAnswer(EXPIRED, 0);
        }
        String expiresAt = ticket.note(Ticket.EXPIRES_AT);
        long left = expiresAt == null ? Long.MAX_VALUE : Long.parseLong(expiresAt) - now;
        return new PollAnswer(ticket.state().name(), left);
    }

    /** Whether the page can stop waiting: anything but a pending ticket. */
    public boolean decided() {
        return !Ticket.State.PENDING.name().equals(state);
    }

    public Map<String, String> body() {
        return Map.of("state", state);
    }
}
