package org.mfaportal.oath;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.keycloak.models.utils.Base32;

/**
 * A token's HMAC key as bytes. Hardware tokens carry binary keys, so they are never treated as
 * text; {@link #base32()} is how they are stored on Keycloak's otp credential (secretEncoding
 * BASE32).
 */
public final class TokenSecret {

    /** RFC 4226 asks for at least 128 bits; shorter keys are refused. */
    public static final int MIN_BYTES = 16;

    public static final int MAX_BYTES = 128;
    private static final String BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] bytes;

    private TokenSecret(byte[] bytes) {
        if (bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "a secret must be "
                            + MIN_BYTES
                            + " to "
                            + MAX_BYTES
                            + " bytes, not "
                            + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static TokenSecret of(byte[] bytes) {
        return new TokenSecret(bytes);
    }

    /** Hexadecimal, any case, spaces allowed between groups. */
    public static TokenSecret fromHex(String text) {
        String hex = withoutSpaces(text);
        if (hex.isEmpty() || hex.length() % 2 != 0 || !hex.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("the secret is not hexadecimal (pairs of 0-9, a-f)");
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new TokenSecret(bytes);
    }

    /** RFC 4648 Base32, any case, with or without '=' padding, spaces allowed. */
    public static TokenSecret fromBase32(String text) {
        String base32 = withoutSpaces(text).toUpperCase(Locale.ROOT).replaceAll("=+$", "");
        if (base32.isEmpty()) {
            throw new IllegalArgumentException("the secret is empty");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            int value = BASE32_ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException(
                        "the secret is not Base32 (letters A-Z and digits 2-7)");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return new TokenSecret(out.toByteArray());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Keycloak's own Base32, so that its OTP form decodes exactly these bytes. */
    public String base32() {
        return Base32.encode(bytes);
    }

    private static String withoutSpaces(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenSecret that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the key itself: a secret printed by accident must not land in a log. */
    @Override
    public String toString() {
        return "TokenSecret[" + bytes.length + " bytes]";
    }
}
