package org.mfaportal.phone.gateway;

/**
 * A refusal that trying again will not cure, as the gateway reports it (each gateway maps its own
 * error codes), with what the page tells the user to do instead. Any other failure may pass.
 */
public enum Refusal {
    INVALID_NUMBER("mfaPhoneRefusedInvalidNumber"),
    /** The person asked the gateway to stop sending (e.g. replied STOP). */
    UNSUBSCRIBED("mfaPhoneRefusedUnsubscribed"),
    ROUTE_BLOCKED("mfaPhoneRefusedRouteBlocked"),
    NOT_MOBILE("mfaPhoneRefusedNotMobile");

    private final String messageKey;

    Refusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
