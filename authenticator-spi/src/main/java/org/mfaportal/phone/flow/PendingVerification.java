package org.mfaportal.phone.flow;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.phone.Outbound;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * The call or two-way text that this browser tab waits for, kept the same way by the sign-in and
 * the setup of both methods: the ticket's id in one auth note, the time of the last send in another
 * (the cooldown before the user may ask again counts from it, whether or not that send went out).
 */
public final class PendingVerification {

    /**
     * What a send gave: the ticket that now waits (null unless the text or call went out) and the
     * gateway's result.
     */
    public record Sent(Ticket ticket, Outbound.Result result) {

        public boolean wentOut() {
            return ticket != null;
        }

        /**
         * What the page says when nothing went out: limit reached, sending failed, or the number
         * refused.
         */
        public String problemKey() {
            return result.problemKey();
        }
    }

    /**
     * Sends a text or places a call with the ticket that waits for it: the ticket is stored for
     * every node before the gateway is asked (a delivery report or a failed call's status may come
     * back at once) and kept, with the gateway's id, only if it went out.
     */
    public static Sent send(
            KeycloakSession session,
            Map<String, String> notes,
            Duration lifetime,
            Function<String, Outbound.Result> sending) {
        Tickets tickets = new Tickets(session);
        String id = Tickets.newId();
        tickets.openBeforeSending(id, notes, lifetime);
        Outbound.Result result = sending.apply(id);
        if (result.status() != Outbound.Status.SENT) {
            tickets.take(id);
            return new Sent(null, result);
        }
        Map<String, String> sent = new HashMap<>(notes);
        sent.put(Ticket.GATEWAY_ID, result.gatewayId());
        return new Sent(tickets.open(id, sent, lifetime), result);
    }

    private final KeycloakSession session;
    private final AuthenticationSessionModel auth;
    private final String ticketNote;
    private final String sentAtNote;

    /**
     * {@code name} tells apart the verifications one session may hold (e.g. "voice", "sms-setup").
     */
    public PendingVerification(
            KeycloakSession session, AuthenticationSessionModel auth, String name) {
        this.session = session;
        this.auth = auth;
        this.ticketNote = "mfa-portal." + name + ".ticket";
        this.sentAtNote = "mfa-portal." + name + ".sentAt";
    }

    /** Remembers a send: its time whatever came of it, its ticket only if it went out. */
    public Sent remember(Sent sent) {
        rememberBeside(sent);
        if (!sent.wentOut()) {
            auth.removeAuthNote(ticketNote);
        }
        return sent;
    }

    /**
     * As {@link #remember}, except that a send that did not go out leaves the earlier one waited
     * for: it can still be answered.
     */
    public Sent rememberBeside(Sent sent) {
        auth.setAuthNote(sentAtNote, Long.toString(Time.currentTimeMillis()));
        if (sent.wentOut()) {
            auth.setAuthNote(ticketNote, sent.ticket().id());
        }
        return sent;
    }

    /** The ticket waited for while it is still undecided: a call ringing, a reply awaited. */
    public Optional<String> undecidedTicketId() {
        return ticket().filter(t -> t.state() == Ticket.State.PENDING).map(Ticket::id);
    }

    /** The id of the ticket waited for, or null. */
    public String ticketId() {
        return auth.getAuthNote(ticketNote);
    }

    /** The ticket waited for, with its outcome so far, while it lives. */
    public Optional<Ticket> ticket() {
        String id = ticketId();
        return id == null ? Optional.empty() : new Tickets(session).find(id);
    }

    /** Seconds before the user may have another text or call sent (0 or less: now). */
    public long secondsUntilAgain(PortalSettings settings) {
        String sentAt = auth.getAuthNote(sentAtNote);
        return sentAt == null
                ? 0
                : Long.parseLong(sentAt) / 1000
                        + settings.number(PortalSetting.RESEND_COOLDOWN_SECONDS)
                        - Time.currentTime();
    }

    /**
     * The waiting is over (answered, failed, or refused while locked): the ticket is used up, its
     * outcome read once.
     */
    public void end() {
        String id = ticketId();
        if (id != null) {
            new Tickets(session).take(id);
        }
        auth.removeAuthNote(ticketNote);
    }

    /** Forgets the ticket without using it up (it expires on its own); a new send follows. */
    public void forgetTicket() {
        auth.removeAuthNote(ticketNote);
    }

    /** Forgets everything (a restart of the setup, or done). */
    public void forget() {
        auth.removeAuthNote(ticketNote);
        auth.removeAuthNote(sentAtNote);
    }
}
