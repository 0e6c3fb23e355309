package org.mfaportal.oath;

import java.util.OptionalLong;

/**
 * Proof that the user holds a token, strong enough that a stranger's token cannot be claimed by
 * guessing (issue 11.4). TOTP: the code of the current period, or one period either side (clocks
 * drift): 3 codes in 10^6 per guess. HOTP: two consecutive codes, found within a small look-ahead
 * of the token's counter (it may have been pressed a few times unseen): one 6-digit code within a
 * look-ahead of 100 fell in about 10^4 guesses; two within 20 need about 10^10. Resynchronising a
 * token the user already holds may search further, since nobody else's token is at stake. At
 * sign-in Keycloak's OTP policy applies instead.
 */
public final class Possession {

    public static final int TOTP_SKEW_STEPS = 1;

    /** How far ahead of an HOTP token's counter a token being associated is searched. */
    public static final int HOTP_CLAIM_LOOK_AHEAD = 20;

    /** How far ahead the user's own drifted HOTP token is searched when resynchronised. */
    public static final int HOTP_RESYNC_LOOK_AHEAD = 100;

    private Possession() {}

    /**
     * The counter the token's next code will use (HOTP), the current step (TOTP), or empty when the
     * codes are not the token's. {@code nextCode} is the code after {@code code} (HOTP only).
     */
    public static OptionalLong check(
            OathToken token, String code, String nextCode, long epochSeconds, int hotpLookAhead) {
        if (!wellFormed(token, code)) {
            return OptionalLong.empty();
        }
        if (token.type() == TokenType.TOTP) {
            Totp totp = token.totp();
            return totp.matches(code, epochSeconds, TOTP_SKEW_STEPS)
                    ? OptionalLong.of(totp.step(epochSeconds))
                    : OptionalLong.empty();
        }
        if (!wellFormed(token, nextCode)) {
            return OptionalLong.empty();
        }
        Hotp hotp = token.hotp();
        long start = token.movingFactor();
        long found = -1;
        for (long counter = start; counter <= start + hotpLookAhead; counter++) {
            // No early exit: the same work whichever counter matched.
            boolean pair = hotp.matches(code, counter) & hotp.matches(nextCode, counter + 1);
            if (found < 0 && pair) {
                found = counter;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found + 2);
    }

    private static boolean wellFormed(OathToken token, String code) {
        return code != null && code.strip().matches("\\d{" + token.digits() + "}");
    }
}
