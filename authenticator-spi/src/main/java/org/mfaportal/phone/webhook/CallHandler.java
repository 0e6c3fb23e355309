package org.mfaportal.phone.webhook;

import org.keycloak.provider.Provider;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.WebhookEvent;
import org.mfaportal.waiting.Ticket;

/**
 * A method that places calls decides what the keys mean (what the call says first goes with the
 * call, see {@link org.mfaportal.phone.gateway.PhoneGateway#placeCall}). The phone layer checks the
 * signature and finds the ticket; the handler registered for the ticket's method (a provider of the
 * "mfa-phone-call-handler" SPI, id = the method's credential type) does the rest. A handler rejects
 * a ticket it does not own (403).
 */
public interface CallHandler extends Provider {

    /** Keys were pressed (or the keypad timed out): settle the ticket and say the last words. */
    CallScript keysPressed(Ticket ticket, WebhookEvent.KeysPressed keys);

    /** The call is over (or still going): settle the ticket if nobody pressed anything. */
    void statusReported(Ticket ticket, WebhookEvent.CallStatus status);

    @Override
    default void close() {
        // Handlers are per request and hold nothing.
    }
}
