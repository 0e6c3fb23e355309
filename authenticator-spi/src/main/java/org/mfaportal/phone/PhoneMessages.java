package org.mfaportal.phone;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/** Message keys shared by the phone methods, and the lookup of texts and call wording in a language. */
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

    private PhoneMessages() {
    }

    /** A message of the login theme (ours are in every theme) in the given language, for texts and calls. */
    public static String format(KeycloakSession session, Locale locale, String key, Object... args) {
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(session.getContext().getRealm(), locale);
            String pattern = messages.getProperty(key, key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
