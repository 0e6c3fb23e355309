package org.mfaportal.it.oath;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import org.mfaportal.oath.Hotp;
import org.mfaportal.oath.OathAlgorithm;
import org.mfaportal.oath.TokenSecret;

/** A token in the tester's hand: a fresh serial and binary key, and the codes it shows. */
final class HardwareToken {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    final String serial = "IT-" + UUID.randomUUID().toString().substring(0, 13);
    final byte[] key = new byte[20];
    private final Hotp hotp;

    HardwareToken() {
        new SecureRandom().nextBytes(key);
        key[0] = (byte) 0xff; // never valid UTF-8: the server must keep the key binary
        hotp = new Hotp(TokenSecret.of(key), 6, OathAlgorithm.SHA1);
    }

    String hex() {
        return HexFormat.of().formatHex(key);
    }

    String base32() {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : key) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The code an HOTP token shows at its {@code counter}-th press (from 0). */
    String hotpCode(long counter) {
        return hotp.code(counter);
    }

    /** The code a 30-second TOTP token shows at {@code epochSeconds}. */
    String totpCode(long epochSeconds) {
        return hotp.code(epochSeconds / 30);
    }
}
