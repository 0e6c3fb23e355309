package org.mfaportal.phone.gateway;

/**
 * What a gateway's webhook reports, read by the gateway from its own wire format (Twilio's field
 * names stay in the Twilio gateway). Ids are the gateway's own, as returned by sendText/placeCall.
 */
public sealed interface WebhookEvent {

    /**
     * The keys typed after the words (without the finish key); {@code finished}: the person pressed
     * {@link CallScript.Keypad#FINISH_KEY}, rather than the keypad timing out.
     */
    record KeysPressed(String callId, String digits, boolean finished) implements WebhookEvent {}

    /** Where a call stands; only the ends settle anything. */
    record CallStatus(String callId, Stage stage) implements WebhookEvent {

        public enum Stage {
            /** Queued, ringing or in progress: not over yet. */
            ACTIVE,
            /** Answered, then ended. */
            COMPLETED,
            BUSY,
            NO_ANSWER,
            FAILED,
            /** Hung up by us before it was answered (see {@link PhoneGateway#cancelCall}). */
            CANCELED
        }
    }

    /** A text a person sent to the gateway's number. */
    record InboundText(String messageId, String from, String body) implements WebhookEvent {}

    /** A sent text's fate; {@code errorCode} is the gateway's, or null. */
    record TextDelivery(String messageId, boolean failed, String errorCode)
            implements WebhookEvent {}
}
