package org.mfaportal.push.protocol;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32 with '=' padding, as the privacyIDEA app and server use it for signatures
 * (Python's b32encode / b32decode). Decoding accepts lower case and missing padding, as the app
 * does.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length + 4) / 5 * 8);
        for (int i = 0; i < data.length; i += 5) {
            int n = Math.min(5, data.length - i);
            long buffer = 0;
            for (int j = 0; j < 5; j++) {
                buffer = (buffer << 8) | (j < n ? data[i + j] & 0xff : 0);
            }
            int chars = (n * 8 + 4) / 5;
            for (int j = 0; j < 8; j++) {
                out.append(j < chars ? ALPHABET.charAt((int) (buffer >>> (35 - 5 * j)) & 31) : '=');
            }
        }
        return out.toString();
    }

    /**
     * The bytes, or an IllegalArgumentException for a character outside the alphabet or a bad
     * length.
     */
    public static byte[] decode(String text) {
        String trimmed = text.strip().toUpperCase(java.util.Locale.ROOT);
        int end = trimmed.length();
        while (end > 0 && trimmed.charAt(end - 1) == '=') {
            end--;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(end * 5 / 8);
        long buffer = 0;
        int bits = 0;
        for (int i = 0; i < end; i++) {
            int value = ALPHABET.indexOf(trimmed.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out.write((int) (buffer >>> bits) & 0xff);
            }
        }
        if (bits >= 5) {
            throw new IllegalArgumentException("not base32: bad length");
        }
        return out.toByteArray();
    }
}
