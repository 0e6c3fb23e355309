package org.mfaportal.phone.pin;

import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/** What makes a PIN acceptable: digits only, the realm's length, and not a trivial pattern. */
public record PinRules(int minLength, int maxLength) {

    /** Why a PIN was refused, as a message key of the PinMessages class. */
    public enum Problem {
        NOT_DIGITS(PinMessages.NOT_DIGITS),
        LENGTH(PinMessages.LENGTH),
        TOO_SIMPLE(PinMessages.TOO_SIMPLE),
        MISMATCH(PinMessages.MISMATCH);

        public final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    public static PinRules of(PortalSettings settings) {
        return new PinRules(
                settings.number(PortalSetting.PIN_MIN_LENGTH),
                settings.number(PortalSetting.PIN_MAX_LENGTH));
    }

    /** The first problem with a new PIN and its confirmation, or null if it is fine. */
    public Problem check(String pin, String confirmation) {
        if (pin == null || !pin.matches("\\d+")) {
            return Problem.NOT_DIGITS;
        }
        if (pin.length() < minLength || pin.length() > maxLength) {
            return Problem.LENGTH;
        }
        if (isSimple(pin)) {
            return Problem.TOO_SIMPLE;
        }
        if (!pin.equals(confirmation)) {
            return Problem.MISMATCH;
        }
        return null;
    }

    /** All one digit (1111), or a run up or down (1234, 9876): the first PINs anyone tries. */
    static boolean isSimple(String pin) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            same &= step == 0;
            up &= step == 1;
            down &= step == -1;
        }
        return same || up || down;
    }
}
