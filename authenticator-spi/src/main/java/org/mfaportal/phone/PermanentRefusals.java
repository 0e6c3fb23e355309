package org.mfaportal.phone;

import java.util.Map;

/**
 * Twilio errors that trying again will not cure, and what the page tells the user to do instead
 * (twilio.com/docs/api/errors). Any other failure may pass, and the page offers to try again.
 */
final class PermanentRefusals {

    static final String INVALID_NUMBER = "mfaPhoneRefusedInvalidNumber";
    static final String UNSUBSCRIBED = "mfaPhoneRefusedUnsubscribed";
    static final String ROUTE_BLOCKED = "mfaPhoneRefusedRouteBlocked";
    static final String NOT_MOBILE = "mfaPhoneRefusedNotMobile";

    private static final Map<Integer, String> BY_CODE = Map.of(
            21211, INVALID_NUMBER,   // invalid 'To' phone number
            21217, INVALID_NUMBER,   // phone number does not appear to be valid
            21610, UNSUBSCRIBED,     // the recipient replied STOP
            21408, ROUTE_BLOCKED,    // permission to send to this region is not enabled
            21612, ROUTE_BLOCKED,    // the 'To' number is not reachable through this route
            21614, NOT_MOBILE);      // 'To' number is not a valid mobile number

    private PermanentRefusals() {
    }

    /** The page's message key for a permanent refusal, or null when the error may pass. */
    static String messageFor(Integer gatewayCode) {
        return gatewayCode == null ? null : BY_CODE.get(gatewayCode);
    }
}
