package org.mfaportal.phone.twilio;

import java.util.Map;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.WebhookEvent;
import org.mfaportal.phone.gateway.WebhookEvent.CallStatus.Stage;

/** Twilio's webhook fields, read into the phone layer's neutral events. */
final class TwilioWebhooks {

    /** Twilio signs every webhook in this header. */
    static final String SIGNATURE_HEADER = "X-Twilio-Signature";

    private TwilioWebhooks() {}

    /**
     * The Gather's action. When the keypad times out (silence, a voicemail greeting, keys never
     * finished) Twilio still posts it (actionOnEmptyResult), with an empty FinishedOnKey.
     */
    static WebhookEvent.KeysPressed keysPressed(Map<String, String> fields) {
        return new WebhookEvent.KeysPressed(
                fields.get("CallSid"),
                fields.get("Digits"),
                CallScript.Keypad.FINISH_KEY.equals(fields.get("FinishedOnKey")));
    }

    static WebhookEvent.CallStatus callStatus(Map<String, String> fields) {
        Stage stage =
                switch (String.valueOf(fields.get("CallStatus"))) {
                    case "completed" -> Stage.COMPLETED;
                    case "busy" -> Stage.BUSY;
                    case "no-answer" -> Stage.NO_ANSWER;
                    case "failed" -> Stage.FAILED;
                    case "canceled" -> Stage.CANCELED;
                    default -> Stage.ACTIVE;
                };
        return new WebhookEvent.CallStatus(fields.get("CallSid"), stage);
    }

    static WebhookEvent.InboundText inboundText(Map<String, String> fields) {
        return new WebhookEvent.InboundText(
                fields.get("MessageSid"), fields.get("From"), fields.get("Body"));
    }

    /**
     * The MessageStatus callback: "undelivered" and "failed" are the failures; ErrorCode says why.
     */
    static WebhookEvent.TextDelivery textDelivery(Map<String, String> fields) {
        String status = String.valueOf(fields.get("MessageStatus"));
        return new WebhookEvent.TextDelivery(
                fields.get("MessageSid"),
                status.equals("undelivered") || status.equals("failed"),
                fields.get("ErrorCode"));
    }
}
