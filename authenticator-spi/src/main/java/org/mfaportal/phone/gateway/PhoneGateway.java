package org.mfaportal.phone.gateway;

import java.net.URI;
import java.util.Map;
import org.keycloak.provider.Provider;

/**
 * Sends texts and places calls for the phone methods, and vouches for the webhooks that report
 * back (digits pressed, call status, text replies). Choose one with
 * {@code --spi-mfa-phone-gateway--provider=twilio|dev}.
 */
public interface PhoneGateway extends Provider {

    /**
     * Sends a text message; returns the gateway's id for it (logged in events, never the text). The
     * gateway reports the text's fate (delivered, undelivered, failed) to {@code statusUrl}.
     */
    String sendText(String toE164, String body, URI statusUrl);

    /**
     * Places a call, dialling the extension (digits, or null) once connected. The gateway fetches
     * what to say (TwiML) from {@code scriptUrl} when the call is answered, and posts the call's end
     * status to {@code statusUrl}. Returns the gateway's call id.
     */
    String placeCall(String toE164, String extension, URI scriptUrl, URI statusUrl);

    /**
     * The server's public URL, ending in "/", from which every URL handed to this gateway is built
     * (configured, never a request's Host): see {@link PublicUrl}.
     */
    URI publicUrl();

    /** Whether a webhook was signed by this gateway: the signature covers the public URL and the POSTed fields. */
    boolean isAuthentic(String publicUrl, Map<String, String> fields, String signature);

    /** The provider id, as events record it. */
    String name();

    @Override
    default void close() {
        // Gateways hold no per-session resources.
    }
}
