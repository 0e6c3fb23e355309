package org.mfaportal.push.device;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Device serials: "MFAP" and 12 random upper-case hex digits (privacyIDEA uses "PIPU"). */
public final class Serials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Serials() {}

    public static String next() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "MFAP" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * The enrollment credential shown as the activation code: 20 random bytes in lower-case hex, as
     * privacyIDEA.
     */
    public static String activationCode() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
