package org.mfaportal.phone.dev;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids shaped like Twilio's: a two-letter kind ("SM" text, "CA" call) and 32 hex digits. */
final class Sids {

    static final String TEXT = "SM";
    static final String CALL = "CA";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sids() {}

    static String next(String kind) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return kind + HexFormat.of().formatHex(bytes);
    }

    /**
     * Whether a form field is an id this gateway could have made (it becomes part of a store key).
     */
    static boolean wellFormed(String kind, String sid) {
        return sid != null && sid.matches(kind + "[0-9a-f]{32}");
    }
}
