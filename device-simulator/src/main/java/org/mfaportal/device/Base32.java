package org.mfaportal.device;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32, upper case and padded, the form both ends of pipush use for signatures (spec
 * §8). Decoding accepts missing padding, as the app's {@code base32Decode} does.
 */
final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length + 4) / 5 * 8);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        while (out.length() % 8 != 0) {
            out.append('=');
        }
        return out.toString();
    }

    /**
     * @throws IllegalArgumentException for characters outside the alphabet or padding in the middle
     */
    static byte[] decode(String text) {
        String body = text.replaceFirst("=+$", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < body.length(); i++) {
            int value = ALPHABET.indexOf(body.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException(
                        "not base32 at position " + i + ": '" + body.charAt(i) + "'");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
