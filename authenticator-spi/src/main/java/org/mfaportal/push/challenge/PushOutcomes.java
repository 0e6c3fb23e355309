package org.mfaportal.push.challenge;

import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushMessages;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/** What became of the push a browser is waiting for, read from its challenge and ticket. */
public final class PushOutcomes {

    /**
     * PENDING (with its challenge), or how it ended; {@code serial} is the device that answered.
     */
    public record Outcome(Ticket.State state, Challenge challenge, String serial) {}

    private final Challenges challenges;
    private final Tickets tickets;

    public PushOutcomes(KeycloakSession session) {
        this.challenges = new Challenges(session);
        this.tickets = new Tickets(session);
    }

    /** The challenge, if it still waits for an answer. */
    public Optional<Challenge> waiting(String nonce) {
        return challenges.find(nonce).filter(challenges::answerable);
    }

    /**
     * Whether the phone already answered (or the request was closed) and the outcome is still to be
     * used.
     */
    public boolean decided(String nonce) {
        return challenges
                .find(nonce)
                .flatMap(challenge -> tickets.find(challenge.ticketId()))
                .map(ticket -> ticket.state() != Ticket.State.PENDING)
                .orElse(false);
    }

    /**
     * The outcome, used once: a decided ticket is taken. An unanswered challenge past its time is
     * closed (FAILED), so a late answer finds nothing to approve.
     */
    public Outcome of(String nonce) {
        Challenge challenge = challenges.find(nonce).orElse(null);
        Ticket ticket = challenge == null ? null : tickets.find(challenge.ticketId()).orElse(null);
        if (ticket == null) {
            return new Outcome(Ticket.State.FAILED, null, null);
        }
        if (ticket.state() == Ticket.State.PENDING) {
            if (!challenge.expired()) {
                return new Outcome(Ticket.State.PENDING, challenge, null);
            }
            tickets.settle(ticket, Ticket.State.FAILED);
            challenges.release(challenge);
            tickets.take(ticket.id());
            return new Outcome(Ticket.State.FAILED, challenge, null);
        }
        if (tickets.take(ticket.id()).isEmpty()) {
            return new Outcome(
                    Ticket.State.FAILED,
                    challenge,
                    null); // another request of this sign-in used it
        }
        return new Outcome(ticket.state(), challenge, ticket.note(Ticket.GATEWAY_ID));
    }

    /** The user asked for a new request: the open one is closed and its slot freed. */
    public void cancel(String nonce) {
        challenges
                .find(nonce)
                .ifPresent(
                        challenge -> {
                            tickets.find(challenge.ticketId())
                                    .ifPresent(
                                            ticket -> tickets.settle(ticket, Ticket.State.FAILED));
                            challenges.release(challenge);
                        });
    }

    /**
     * Closes the user's open requests that this browser started (an abandoned sign-in there):
     * settled as failed, not denied, so nothing counts as suspicious. Another browser's request
     * (maybe an attacker's) stays open.
     */
    public void closeOwn(String realmId, String userId, String browser) {
        challenges.open(realmId, userId).stream()
                .filter(c -> c.startedBy(browser))
                .forEach(c -> cancel(c.nonce()));
    }

    /** Whole seconds until the first of the user's open requests expires; 0 when none is open. */
    public long secondsUntilOneExpires(String realmId, String userId) {
        long now = Time.currentTimeMillis();
        return challenges.open(realmId, userId).stream()
                .mapToLong(c -> Math.max(1, (c.expiresAt() - now + 999) / 1000))
                .min()
                .orElse(0);
    }

    public static String messageFor(Ticket.State state) {
        return switch (state) {
            case DENIED -> PushMessages.DENIED;
            case WRONG_ANSWER -> PushMessages.WRONG_NUMBER;
            default -> PushMessages.EXPIRED;
        };
    }

    public static String messageFor(PushRequests.Refusal refusal) {
        return refusal == PushRequests.Refusal.TOO_MANY_OPEN
                ? PushMessages.TOO_MANY_OPEN
                : PushMessages.TOO_MANY_DENIALS;
    }
}
