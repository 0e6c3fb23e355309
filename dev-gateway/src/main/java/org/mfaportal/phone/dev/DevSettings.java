package org.mfaportal.phone.dev;

import java.net.URI;
import org.keycloak.Config;
import org.mfaportal.phone.gateway.PublicUrl;

/**
 * The dev gateway's options, e.g. {@code --spi-mfa-phone-gateway--dev--auth-token=...}. Token and
 * number have defaults; the public URL comes from {@code public-url} or Keycloak's full-URL {@code
 * --hostname} (the run command gives {@code public-url}).
 */
record DevSettings(String authToken, String fromNumber, URI publicUrl) {

    /** Signs the virtual phone's webhooks, and checks them, exactly as a Twilio auth token does. */
    static final String AUTH_TOKEN = "auth-token";

    /** The number texts and calls come from (Twilio's magic test number: never a real line). */
    static final String FROM_NUMBER = "from-number";

    static final String DEFAULT_AUTH_TOKEN = "dev-virtual-phone";
    static final String DEFAULT_FROM_NUMBER = "+15005550006";

    static DevSettings from(Config.Scope config, String keycloakHostname) {
        return new DevSettings(
                orDefault(config.get(AUTH_TOKEN), DEFAULT_AUTH_TOKEN),
                orDefault(config.get(FROM_NUMBER), DEFAULT_FROM_NUMBER),
                PublicUrl.resolve(
                        config.get(PublicUrl.OPTION),
                        keycloakHostname,
                        "--spi-mfa-phone-gateway--dev--" + PublicUrl.OPTION));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
