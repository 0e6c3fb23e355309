package org.mfaportal.it.kit.twilio;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fake's Twilio account: what Keycloak's gateway authenticates with, what signs the webhooks,
 * and the number texts and calls come from (+15005550006 is Twilio's own "valid sender" test
 * number).
 */
public record TwilioAccount(String accountSid, String authToken, String number) {

    public static final String DEFAULT_NUMBER = "+15005550006";

    /** A fresh account for one test run: nothing in it is a real credential. */
    public static TwilioAccount random() {
        return new TwilioAccount(Sids.next("AC"), randomHex(), DEFAULT_NUMBER);
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Twilio's resource ids: a two-letter type ("SM" text, "CA" call, "AC" account) and 32 hex
     * digits.
     */
    static final class Sids {

        private Sids() {}

        static String next(String prefix) {
            return prefix + randomHex();
        }
    }
}
