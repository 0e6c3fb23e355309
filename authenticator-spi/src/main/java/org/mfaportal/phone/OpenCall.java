package org.mfaportal.phone;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.phone.gateway.GatewayException;
import org.mfaportal.phone.gateway.PhoneGateway;

/**
 * The call a sign-in (or setup) has placed and still waits for, noted in its authentication session.
 * Keycloak's "Try another way" never tells the method it leaves, so every method and setup step of
 * ours calls {@link #cancelLeftOver} when it starts: the phone stops ringing, and the call's ticket is
 * closed first, so a '#' pressed afterwards confirms nothing.
 */
public final class OpenCall {

    /** "ticketId callId". */
    static final String NOTE = "mfa.openCall";
    private static final Logger LOG = Logger.getLogger(OpenCall.class);

    private OpenCall() {
    }

    /** Notes the call just placed for this sign-in. */
    public static void remember(AuthenticationSessionModel auth, String ticketId, String callId) {
        auth.setAuthNote(NOTE, ticketId + " " + callId);
    }

    /** Ends the call this sign-in left open, if any: its ticket is closed, then the gateway hangs up. */
    public static void cancelLeftOver(KeycloakSession session, AuthenticationSessionModel auth) {
        String open = auth == null ? null : auth.getAuthNote(NOTE);
        if (open == null) {
            return;
        }
        auth.removeAuthNote(NOTE);
        String[] ids = open.split(" ", 2);
        Tickets tickets = new Tickets(session);
        boolean closed = tickets.find(ids[0]).map(ticket -> tickets.settle(ticket, Ticket.State.CANCELED)).orElse(false);
        PhoneGateway gateway = session.getProvider(PhoneGateway.class);
        if (!closed || gateway == null || ids.length < 2) {
            // Answered, over or expired already: nothing rings any more.
            return;
        }
        try {
            gateway.cancelCall(ids[1]);
        } catch (GatewayException e) {
            // The ticket is closed, so the call can no longer confirm anything; it just rings out.
            LOG.warnf("The %s gateway did not cancel call %s: %s", gateway.name(), ids[1], e.getMessage());
        }
    }
}
