package org.mfaportal.oath;

import java.util.OptionalLong;

/**
 * Proof that the user holds a token: the code it shows now. A TOTP code may be one period off (clocks
 * drift); an HOTP token may have been pressed without signing in, so its counter is searched up to
 * {@link #HOTP_LOOK_AHEAD} ahead, and the match resynchronises it. This wide window is only for a
 * user who is already signed in; at sign-in Keycloak's OTP policy look-ahead applies.
 */
public final class Possession {

    public static final int TOTP_SKEW_STEPS = 1;
    public static final int HOTP_LOOK_AHEAD = 100;

    private Possession() {
    }

    /**
     * The counter the token's next code will use (HOTP), the current step (TOTP), or empty when the
     * code is not the token's.
     */
    public static OptionalLong check(OathToken token, String code, long epochSeconds) {
        if (code == null || !code.strip().matches("\\d{" + token.digits() + "}")) {
            return OptionalLong.empty();
        }
        if (token.type() == TokenType.TOTP) {
            Totp totp = token.totp();
            return totp.matches(code, epochSeconds, TOTP_SKEW_STEPS)
                    ? OptionalLong.of(totp.step(epochSeconds)) : OptionalLong.empty();
        }
        Hotp hotp = token.hotp();
        long start = token.movingFactor();
        long found = -1;
        for (long counter = start; counter <= start + HOTP_LOOK_AHEAD; counter++) {
            if (found < 0 && hotp.matches(code, counter)) {
                found = counter;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found + 1);
    }
}
