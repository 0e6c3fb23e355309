package org.mfaportal.oath;

/**
 * One third-party token as imported or typed: its serial number (the credential's label), its key
 * and how it makes codes. {@code movingFactor} is the next counter of an HOTP token and ignored for
 * TOTP.
 */
public record OathToken(
        String serial,
        TokenType type,
        TokenSecret secret,
        int digits,
        OathAlgorithm algorithm,
        int periodSeconds,
        long movingFactor) {

    public static final int DEFAULT_DIGITS = 6;
    public static final int DEFAULT_PERIOD_SECONDS = 30;
    public static final int MAX_SERIAL_LENGTH = 64;

    public OathToken {
        if (serial == null || serial.isBlank()) {
            throw new IllegalArgumentException("the serial number is missing");
        }
        serial = serial.trim();
        if (!isValidSerial(serial)) {
            throw new IllegalArgumentException(
                    "the serial number must be 1 to "
                            + MAX_SERIAL_LENGTH
                            + " letters, digits or . _ : -");
        }
        if (type == null || secret == null || algorithm == null) {
            throw new IllegalArgumentException("type, secret and algorithm are required");
        }
        if (digits < Hotp.MIN_DIGITS || digits > Hotp.MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be 6, 7 or 8, not " + digits);
        }
        if (type == TokenType.TOTP && (periodSeconds < 1 || periodSeconds > 300)) {
            throw new IllegalArgumentException(
                    "the period must be 1 to 300 seconds, not " + periodSeconds);
        }
        if (movingFactor < 0 || movingFactor > Integer.MAX_VALUE) {
            // Keycloak keeps the HOTP counter in an int.
            throw new IllegalArgumentException("the counter must be 0 to " + Integer.MAX_VALUE);
        }
    }

    /**
     * Serials are labels in Keycloak's UI and path segments of the admin API: plain characters
     * only.
     */
    public static boolean isValidSerial(String serial) {
        return serial != null
                && serial.length() <= MAX_SERIAL_LENGTH
                && serial.matches("[\\p{Alnum}._:-]+");
    }

    public Hotp hotp() {
        return new Hotp(secret, digits, algorithm);
    }

    public Totp totp() {
        return new Totp(hotp(), periodSeconds);
    }
}
