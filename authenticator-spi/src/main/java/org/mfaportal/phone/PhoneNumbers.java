package org.mfaportal.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Numbers as people type them, made E.164 with libphonenumber, or refused with a reason for people.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** An extension the call dials after answering: digits only, at most ten. */
    private static final String EXTENSION_PATTERN = "\\d{1,10}";

    private PhoneNumbers() {}

    /** A parsed number, or the message key saying what is wrong with the input. */
    public record Parsed(String e164, String problemKey) {

        public boolean valid() {
            return e164 != null;
        }
    }

    /**
     * Parsed, then checked against the method's rules (number types, countries): refused numbers
     * cost nothing.
     */
    public static Parsed parse(String input, String defaultRegion, NumberRules rules) {
        Parsed parsed = parse(input, defaultRegion);
        String refused = parsed.valid() ? rules.problemWith(parsed.e164()) : null;
        return refused == null ? parsed : new Parsed(null, refused);
    }

    public static Parsed parse(String input, String defaultRegion) {
        if (input == null || input.isBlank()) {
            return new Parsed(null, PhoneMessages.NUMBER_MISSING);
        }
        if (input.length() > 40) {
            return new Parsed(null, PhoneMessages.NUMBER_INVALID);
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(input, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return new Parsed(null, PhoneMessages.NUMBER_INVALID);
            }
            return new Parsed(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), null);
        } catch (NumberParseException e) {
            return new Parsed(
                    null,
                    e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE
                            ? PhoneMessages.NUMBER_COUNTRY
                            : PhoneMessages.NUMBER_INVALID);
        }
    }

    /** Whether a trimmed, non-empty extension is one a call can dial. */
    public static boolean validExtension(String extension) {
        return extension.matches(EXTENSION_PATTERN);
    }
}
