package org.mfaportal.phone.gateway;

import java.net.URI;
import java.util.Map;
import org.keycloak.provider.Provider;

/**
 * Sends texts and places calls for the phone methods, and vouches for the webhooks that report
 * back. Everything here is neutral: a gateway renders {@link CallScript}s in its own format and
 * reads its own webhooks into {@link WebhookEvent}s, so its wire format (TwiML, Twilio's field
 * names) never leaves its package. Choose one with {@code
 * --spi-mfa-phone-gateway--provider=twilio|dev}.
 */
public interface PhoneGateway extends Provider {

    /**
     * Sends a text message; returns the gateway's id for it (logged in events, never the text). The
     * gateway reports the text's fate (delivered, undelivered, failed) to {@code statusUrl}.
     */
    String sendText(String toE164, String body, URI statusUrl);

    /**
     * Places a call, dialling the extension (digits, or null) once connected. The {@code greeting}
     * travels with the call, so the gateway asks the server nothing when it is answered (one
     * webhook less per call); the keys go to the greeting's keypad URL, and the call's end to
     * {@code statusUrl}. Returns the gateway's call id.
     */
    String placeCall(String toE164, String extension, CallScript greeting, URI statusUrl);

    /**
     * Hangs up a call we no longer wait for, ringing or answered, so the phone stops ringing. A
     * call already over is left alone. The gateway may still report the end to the status URL.
     */
    void cancelCall(String callId);

    /**
     * The server's public URL, ending in "/", from which every URL handed to this gateway is built
     * (configured, never a request's Host): see {@link PublicUrl}.
     */
    URI publicUrl();

    /** The request header that carries this gateway's webhook signature. */
    String signatureHeader();

    /**
     * Whether a webhook was signed by this gateway: the signature covers the public URL and the
     * POSTed fields.
     */
    boolean isAuthentic(String publicUrl, Map<String, String> fields, String signature);

    WebhookEvent.KeysPressed keysPressed(Map<String, String> fields);

    WebhookEvent.CallStatus callStatus(Map<String, String> fields);

    WebhookEvent.InboundText inboundText(Map<String, String> fields);

    WebhookEvent.TextDelivery textDelivery(Map<String, String> fields);

    /** What the call says next, as this gateway's webhook reply. */
    WebhookAnswer render(CallScript script);

    /**
     * The reply to a webhook that needs nothing done (e.g. an inbound text we answer by other
     * means).
     */
    WebhookAnswer acknowledge();

    /** The provider id, as events record it. */
    String name();

    @Override
    default void close() {
        // Gateways hold no per-session resources.
    }
}
