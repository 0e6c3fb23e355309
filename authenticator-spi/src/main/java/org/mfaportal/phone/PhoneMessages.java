package org.mfaportal.phone;

import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.text.ThemeMessages;

/**
 * Message keys shared by the phone methods, and the lookup of texts and call wording in a language.
 */
public final class PhoneMessages {

    public static final String NUMBER_MISSING = "mfaPhoneNumberMissing";
    public static final String NUMBER_INVALID = "mfaPhoneNumberInvalid";
    public static final String NUMBER_COUNTRY = "mfaPhoneNumberCountry";
    public static final String NUMBER_NOT_MOBILE = "mfaPhoneNumberNotMobile";

    /** A premium-rate, shared-cost or other number type the realm does not call. */
    public static final String NUMBER_TYPE_REFUSED = "mfaPhoneNumberTypeRefused";

    /** A country (or non-geographic network, e.g. satellite) the realm does not call or text. */
    public static final String NUMBER_COUNTRY_REFUSED = "mfaPhoneNumberCountryRefused";

    public static final String SEND_FAILED = "mfaPhoneSendFailed";
    public static final String LIMIT_REACHED = "mfaPhoneLimitReached";
    public static final String RESEND_WAIT = "mfaPhoneResendWait";

    private PhoneMessages() {}

    /**
     * A message of the login theme in the given language, for texts and calls: see {@link
     * ThemeMessages}.
     */
    public static String format(
            KeycloakSession session, Locale locale, String key, Object... args) {
        return ThemeMessages.format(session, locale, key, args);
    }
}
