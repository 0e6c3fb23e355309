package org.mfaportal.phone.dev;

import org.keycloak.Config;

/**
 * The dev gateway's options, e.g. {@code --spi-mfa-phone-gateway--dev--auth-token=...}. Both have
 * defaults, so the run command needs none of them.
 */
record DevSettings(String authToken, String fromNumber) {

    /** Signs the virtual phone's webhooks, and checks them, exactly as a Twilio auth token does. */
    static final String AUTH_TOKEN = "auth-token";
    /** The number texts and calls come from (Twilio's magic test number: never a real line). */
    static final String FROM_NUMBER = "from-number";

    static final String DEFAULT_AUTH_TOKEN = "dev-virtual-phone";
    static final String DEFAULT_FROM_NUMBER = "+15005550006";

    static DevSettings from(Config.Scope config) {
        return new DevSettings(orDefault(config.get(AUTH_TOKEN), DEFAULT_AUTH_TOKEN),
                orDefault(config.get(FROM_NUMBER), DEFAULT_FROM_NUMBER));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
