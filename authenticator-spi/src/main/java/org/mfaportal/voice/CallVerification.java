package org.mfaportal.voice;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.phone.OpenCall;
import org.mfaportal.phone.Outbound;
import org.mfaportal.phone.Ticket;
import org.mfaportal.phone.Tickets;
import org.mfaportal.settings.PortalSettings;

/** Places a verification call: a ticket that the call's webhooks settle, then the gateway dials. */
final class CallVerification {

    /** Ringing, listening and typing fit well within this; a late webhook then finds no ticket. */
    static final Duration LIFETIME = Duration.ofMinutes(3);

    record Started(Ticket ticket, Outbound.Result result) {
    }

    private CallVerification() {
    }

    static Started start(KeycloakSession session, RealmModel realm, PortalSettings settings, UserModel user,
                         String e164, String extension, boolean pinRequired, Map<String, String> extraNotes) {
        Map<String, String> notes = new HashMap<>(extraNotes);
        notes.put(Ticket.REALM, realm.getId());
        notes.put(Ticket.USER, user.getId());
        notes.put(Ticket.PHONE, e164);
        notes.put(Ticket.PIN_REQUIRED, Boolean.toString(pinRequired));
        notes.put(Ticket.LOCALE, session.getContext().resolveLocale(user).toLanguageTag());
        notes.put(Ticket.METHOD, VoiceCredential.TYPE);
        // A new call (resend, backup phone) ends the one before, so only the newest can confirm.
        AuthenticationSessionModel auth = session.getContext().getAuthenticationSession();
        OpenCall.cancelLeftOver(session, auth);
        Tickets tickets = new Tickets(session);
        String id = Tickets.newId();
        // Stored for every node before the gateway dials: Twilio fetches the script milliseconds later.
        tickets.openBeforeSending(id, notes, LIFETIME);
        Outbound.Result result = new Outbound(session, realm, settings).call(user, e164, extension, id);
        if (result.status() != Outbound.Status.SENT) {
            tickets.take(id);
            return new Started(null, result);
        }
        notes.put(Ticket.GATEWAY_ID, result.gatewayId());
        if (auth != null) {
            OpenCall.remember(auth, id, result.gatewayId());
        }
        return new Started(tickets.open(id, notes, LIFETIME), result);
    }
}
