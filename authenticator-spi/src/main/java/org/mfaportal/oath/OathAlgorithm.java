package org.mfaportal.oath;

import java.util.Locale;

/**
 * The HMAC behind an OATH token; {@link #keycloakName()} is how Keycloak's otp credential spells
 * it.
 */
public enum OathAlgorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String jcaName;

    OathAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    public String jcaName() {
        return jcaName;
    }

    /** Keycloak's OTP policy and credential data use the JCA name ("HmacSHA1"). */
    public String keycloakName() {
        return jcaName;
    }

    /** Reads "SHA1", "sha-256", "HmacSHA512", or Keycloak's spelling; null when unknown. */
    public static OathAlgorithm parse(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("HMAC", "");
        for (OathAlgorithm algorithm : values()) {
            if (algorithm.name().equals(plain)) {
                return algorithm;
            }
        }
        return null;
    }
}
