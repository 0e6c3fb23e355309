package org.mfaportal.waiting;

import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What a sign-in (or setup) started outside the browser and still waits for, such as a call
 * ringing, noted in its authentication session. Keycloak's "Try another way" never tells the method
 * it leaves, so every method and setup step of ours {@link #close closes} it when it starts: the
 * ticket is settled as {@link Ticket.State#CANCELED} first, so a '#' pressed afterwards confirms
 * nothing, then the {@link Hangup}s (the phone layer's gateway) end it. Lives here, below the
 * methods, so that methods which never place a call can close one without knowing the phone layer.
 */
public final class LeftOpen {

    /** "ticketId externalId" (the gateway's call id). */
    static final String NOTE = "mfa-portal.leftOpen";

    private LeftOpen() {}

    /**
     * Notes what was just started for this sign-in, by its ticket and the id the outside world gave
     * it.
     */
    public static void remember(
            AuthenticationSessionModel auth, String ticketId, String externalId) {
        auth.setAuthNote(NOTE, ticketId + " " + externalId);
    }

    /** Ends what this sign-in left open, if anything: its ticket is closed, then it is hung up. */
    public static void close(KeycloakSession session, AuthenticationSessionModel auth) {
        String open = auth == null ? null : auth.getAuthNote(NOTE);
        if (open == null) {
            return;
        }
        auth.removeAuthNote(NOTE);
        String[] ids = open.split(" ", 2);
        Tickets tickets = new Tickets(session);
        boolean closed =
                tickets.find(ids[0])
                        .map(ticket -> tickets.settle(ticket, Ticket.State.CANCELED))
                        .orElse(false);
        if (closed && ids.length == 2) {
            // Answered, over or expired already: nothing rings any more, so only a closed ticket
            // hangs up.
            session.getAllProviders(Hangup.class).forEach(hangup -> hangup.hangUp(ids[1]));
        }
    }
}
