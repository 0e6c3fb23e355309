package org.mfaportal.phone;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.phone.pin.PendingPin;
import org.mfaportal.phone.pin.Pins;
import org.mfaportal.waiting.Ticket;

/** The PIN a call or reply must carry: the one being set up, else the user's stored PIN. */
public final class TicketPins {

    private TicketPins() {}

    public static boolean matches(
            KeycloakSession session, RealmModel realm, Ticket ticket, UserModel user, String pin) {
        Pins pins = new Pins(session, realm);
        PendingPin pending = PendingPin.parse(ticket.note(Ticket.PENDING_PIN));
        return pending != null ? pins.matches(pending, pin) : pins.matches(user, pin);
    }
}
