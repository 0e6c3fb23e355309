package org.mfaportal.phone.twilio;

import org.keycloak.Config;
import org.mfaportal.phone.gateway.PublicUrl;

/**
 * The Twilio gateway's options, from Keycloak's SPI configuration, e.g. {@code
 * --spi-mfa-phone-gateway--twilio--account-sid=AC...} or the environment variable {@code
 * KC_SPI_MFA_PHONE_GATEWAY__TWILIO__AUTH_TOKEN} for the secret.
 */
record TwilioSettings(
        String accountSid,
        String authToken,
        String fromNumber,
        String messagingServiceSid,
        String apiBaseUrl,
        String publicUrl) {

    static final String ACCOUNT_SID = "account-sid";
    static final String AUTH_TOKEN = "auth-token";
    static final String FROM_NUMBER = "from-number";
    static final String MESSAGING_SERVICE_SID = "messaging-service-sid";

    /** Only for tests: a Twilio-compatible server on loopback instead of api.twilio.com. */
    static final String API_BASE_URL = "api-base-url";

    static final String PUBLIC_URL_OPTION = "--spi-mfa-phone-gateway--twilio--" + PublicUrl.OPTION;

    static TwilioSettings from(Config.Scope config) {
        return new TwilioSettings(
                blankToNull(config.get(ACCOUNT_SID)),
                blankToNull(config.get(AUTH_TOKEN)),
                blankToNull(config.get(FROM_NUMBER)),
                blankToNull(config.get(MESSAGING_SERVICE_SID)),
                blankToNull(config.get(API_BASE_URL)),
                blankToNull(config.get(PublicUrl.OPTION)));
    }

    /** What is missing for the gateway to work, or null when it is complete. */
    String missing() {
        if (accountSid == null || authToken == null) {
            return ACCOUNT_SID + " and " + AUTH_TOKEN;
        }
        if (fromNumber == null) {
            return FROM_NUMBER
                    + " (needed for calls, and for texts without "
                    + MESSAGING_SERVICE_SID
                    + ")";
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
