package org.mfaportal.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Set;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Which numbers a method may call or text, from the realm's settings: against toll fraud, a setup
 * never dials a premium-rate, shared-cost or satellite number an attacker chose. Checked before
 * anything is sent, so a refused number costs nothing.
 */
public record NumberRules(Set<String> types, Set<String> countries, String typeProblemKey) {

    /** libphonenumber's region for the non-geographic codes (+800, +870, +882, +979, ...). */
    private static final String NON_GEOGRAPHIC = "001";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public static NumberRules forCalls(PortalSettings settings) {
        return new NumberRules(
                settings.choices(PortalSetting.CALL_NUMBER_TYPES),
                settings.choices(PortalSetting.PHONE_COUNTRIES),
                PhoneMessages.NUMBER_TYPE_REFUSED);
    }

    public static NumberRules forTexts(PortalSettings settings) {
        return new NumberRules(
                settings.choices(PortalSetting.TEXT_NUMBER_TYPES),
                settings.choices(PortalSetting.PHONE_COUNTRIES),
                PhoneMessages.NUMBER_NOT_MOBILE);
    }

    /** The message key saying why this E.164 number is refused, or null when it may be used. */
    public String problemWith(String e164) {
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(e164, null);
        } catch (NumberParseException e) {
            return PhoneMessages.NUMBER_INVALID;
        }
        String region = UTIL.getRegionCodeForNumber(number);
        if (region == null
                || NON_GEOGRAPHIC.equals(region)
                || !(countries.isEmpty() || countries.contains(region))) {
            return PhoneMessages.NUMBER_COUNTRY_REFUSED;
        }
        return types.contains(UTIL.getNumberType(number).name()) ? null : typeProblemKey;
    }
}
