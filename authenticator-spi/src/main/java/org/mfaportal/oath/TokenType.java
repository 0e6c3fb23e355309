package org.mfaportal.oath;

import java.util.Locale;
import org.keycloak.models.credential.OTPCredentialModel;

/** Event-based (a counter moves on each press) or time-based (the code changes every period). */
public enum TokenType {
    HOTP(OTPCredentialModel.HOTP),
    TOTP(OTPCredentialModel.TOTP);

    private final String keycloakSubType;

    TokenType(String keycloakSubType) {
        this.keycloakSubType = keycloakSubType;
    }

    /** The sub-type in Keycloak's otp credential data ("hotp" / "totp"). */
    public String keycloakSubType() {
        return keycloakSubType;
    }

    /** "hotp", "TOTP", ...; null when neither. */
    public static TokenType parse(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        for (TokenType type : values()) {
            if (type.name().equals(upper)) {
                return type;
            }
        }
        return null;
    }
}
