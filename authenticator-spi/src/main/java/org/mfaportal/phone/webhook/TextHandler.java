package org.mfaportal.phone.webhook;

import org.keycloak.provider.Provider;
import org.mfaportal.phone.gateway.WebhookEvent;

/**
 * A method that waits for text replies judges them. Every provider of the "mfa-phone-text-handler"
 * SPI is offered an inbound text in turn, until one recognises it as awaited.
 */
public interface TextHandler extends Provider {

    /** Whether this method was waiting for the text (and has now dealt with it). */
    boolean received(WebhookEvent.InboundText text);

    @Override
    default void close() {
        // Handlers are per request and hold nothing.
    }
}
