package org.mfaportal.phone.dev;

import java.util.Map;
import org.mfaportal.phone.gateway.WebhookEvent;
import org.mfaportal.phone.gateway.WebhookEvent.CallStatus.Stage;

/**
 * The virtual phone's own webhook fields, and how the dev gateway reads them into neutral events.
 */
final class DevFields {

    static final String CALL_ID = "callId";
    static final String KEYS = "keys";

    /** "true" when the person ended the keys with '#', "false" when the keypad timed out. */
    static final String FINISHED = "finished";

    /** A {@link Stage} name. */
    static final String STAGE = "stage";

    static final String MESSAGE_ID = "messageId";
    static final String FROM = "from";
    static final String TO = "to";
    static final String BODY = "body";

    private DevFields() {}

    static WebhookEvent.KeysPressed keysPressed(Map<String, String> fields) {
        return new WebhookEvent.KeysPressed(
                fields.get(CALL_ID), fields.get(KEYS), Boolean.parseBoolean(fields.get(FINISHED)));
    }

    static WebhookEvent.CallStatus callStatus(Map<String, String> fields) {
        Stage stage;
        try {
            stage = Stage.valueOf(String.valueOf(fields.get(STAGE)));
        } catch (IllegalArgumentException e) {
            stage = Stage.ACTIVE;
        }
        return new WebhookEvent.CallStatus(fields.get(CALL_ID), stage);
    }

    static WebhookEvent.InboundText inboundText(Map<String, String> fields) {
        return new WebhookEvent.InboundText(
                fields.get(MESSAGE_ID), fields.get(FROM), fields.get(BODY));
    }

    /** The virtual phone always receives, and never reports a text's fate. */
    static WebhookEvent.TextDelivery textDelivery(Map<String, String> fields) {
        return new WebhookEvent.TextDelivery(fields.get(MESSAGE_ID), false, null);
    }
}
