package org.mfaportal.oath;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 4226 one-time codes: HMAC over a counter, dynamically truncated to {@code digits} decimal
 * digits.
 */
public final class Hotp {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 8;
    private static final int[] POWERS = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
    };

    private final SecretKeySpec key;
    private final int digits;

    public Hotp(TokenSecret secret, int digits, OathAlgorithm algorithm) {
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be 6..8, not " + digits);
        }
        this.key = new SecretKeySpec(secret.bytes(), algorithm.jcaName());
        this.digits = digits;
    }

    public String code(long counter) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(key.getAlgorithm());
            mac.init(key);
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM lacks " + key.getAlgorithm(), e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary =
                ((hash[offset] & 0x7f) << 24)
                        | ((hash[offset + 1] & 0xff) << 16)
                        | ((hash[offset + 2] & 0xff) << 8)
                        | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** Whether {@code typed} is the code for {@code counter}, compared in constant time. */
    public boolean matches(String typed, long counter) {
        if (typed == null) {
            return false;
        }
        return MessageDigest.isEqual(
                code(counter).getBytes(StandardCharsets.US_ASCII),
                typed.trim().getBytes(StandardCharsets.US_ASCII));
    }

    public int digits() {
        return digits;
    }
}
