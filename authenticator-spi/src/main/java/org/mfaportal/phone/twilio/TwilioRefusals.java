package org.mfaportal.phone.twilio;

import java.util.Map;
import org.mfaportal.phone.gateway.Refusal;

/**
 * Twilio errors that trying again will not cure (twilio.com/docs/api/errors), as neutral refusals.
 */
final class TwilioRefusals {

    private static final Map<Integer, Refusal> BY_CODE =
            Map.of(
                    21211, Refusal.INVALID_NUMBER, // invalid 'To' phone number
                    21217, Refusal.INVALID_NUMBER, // phone number does not appear to be valid
                    21610, Refusal.UNSUBSCRIBED, // the recipient replied STOP
                    21408, Refusal.ROUTE_BLOCKED, // permission to send to this region is not
                    // enabled
                    21612, Refusal.ROUTE_BLOCKED, // the 'To' number is not reachable through this
                    // route
                    21614, Refusal.NOT_MOBILE); // 'To' number is not a valid mobile number

    private TwilioRefusals() {}

    /** The refusal for a Twilio error code, or null when the error may pass. */
    static Refusal of(Integer code) {
        return code == null ? null : BY_CODE.get(code);
    }
}
