package org.mfaportal.remember;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What the browser's cookie holds: the record's id and a 256-bit random secret, as {@code
 * id.secret}. The record keeps only the secret's SHA-256 (a random secret of this size needs no
 * slow hash); checks compare in constant time.
 */
record BrowserToken(String recordId, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;
    private static final int MAX_LENGTH = 200;

    static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie's value, or empty when it is not one of ours. */
    static Optional<BrowserToken> parse(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot <= 0 || dot == value.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new BrowserToken(value.substring(0, dot), value.substring(dot + 1)));
    }

    String cookieValue() {
        return recordId + "." + secret;
    }

    static String hash(String secret) {
        return Base64.getEncoder().encodeToString(sha256(secret));
    }

    /** Whether this token's secret is the one whose hash the record keeps (constant time). */
    boolean matches(String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
