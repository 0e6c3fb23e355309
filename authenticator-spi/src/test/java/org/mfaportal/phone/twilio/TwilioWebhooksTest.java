package org.mfaportal.phone.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mfaportal.phone.gateway.WebhookEvent;
import org.mfaportal.phone.gateway.WebhookEvent.CallStatus.Stage;

/**
 * Twilio's field names, read into neutral events: the only place outside the SDK that knows them.
 */
class TwilioWebhooksTest {

    /**
     * The Gather's action: FinishedOnKey is "#" only when the person pressed it; a timed-out keypad
     * leaves it empty or out.
     */
    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "1234, #, true",
                "'', #, true",
                "1234, '', false",
                "'', NULL, false",
                "0, *, false"
            })
    void keysAreFinishedOnlyByPound(String digits, String finishedOnKey, boolean finished) {
        Map<String, String> fields = new HashMap<>(Map.of("CallSid", "CA1", "Digits", digits));
        if (finishedOnKey != null) {
            fields.put("FinishedOnKey", finishedOnKey);
        }

        assertThat(TwilioWebhooks.keysPressed(fields))
                .isEqualTo(new WebhookEvent.KeysPressed("CA1", digits, finished));
    }

    @ParameterizedTest
    @CsvSource({
        "completed, COMPLETED",
        "busy, BUSY",
        "no-answer, NO_ANSWER",
        "failed, FAILED",
        "canceled, CANCELED",
        "ringing, ACTIVE",
        "in-progress, ACTIVE",
        "queued, ACTIVE"
    })
    void callStatuses(String callStatus, Stage stage) {
        assertThat(
                        TwilioWebhooks.callStatus(
                                        Map.of("CallSid", "CA1", "CallStatus", callStatus))
                                .stage())
                .isEqualTo(stage);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "undelivered, 30003, true",
                "failed, 30006, true",
                "delivered, NULL, false",
                "sent, NULL, false"
            })
    void textDeliveries(String status, String errorCode, boolean failed) {
        Map<String, String> fields =
                new HashMap<>(Map.of("MessageSid", "SM1", "MessageStatus", status));
        if (errorCode != null) {
            fields.put("ErrorCode", errorCode);
        }

        assertThat(TwilioWebhooks.textDelivery(fields))
                .isEqualTo(new WebhookEvent.TextDelivery("SM1", failed, errorCode));
    }
}
