package org.mfaportal.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mfaportal.settings.PortalSetting;

/** The defaults allow what a person's phone is, and refuse what a toll fraudster would dial. */
class NumberRulesTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final NumberRules CALLS =
            new NumberRules(
                    defaults(PortalSetting.CALL_NUMBER_TYPES),
                    Set.of(),
                    PhoneMessages.NUMBER_TYPE_REFUSED);
    private static final NumberRules TEXTS =
            new NumberRules(
                    defaults(PortalSetting.TEXT_NUMBER_TYPES),
                    Set.of(),
                    PhoneMessages.NUMBER_NOT_MOBILE);

    /**
     * Each number is libphonenumber's own example of its region and type, so it is valid by
     * construction.
     */
    @ParameterizedTest(name = "{0} {1}: calls {2}, texts {3}")
    @CsvSource(
            textBlock =
                    """
            US, FIXED_LINE_OR_MOBILE, ok,      ok
            DE, MOBILE,               ok,      ok
            DE, FIXED_LINE,           ok,      not-mobile
            GB, MOBILE,               ok,      ok
            US, PREMIUM_RATE,         type,    not-mobile
            GB, PREMIUM_RATE,         type,    not-mobile
            DE, SHARED_COST,          type,    not-mobile
            GB, UAN,                  type,    not-mobile
            US, TOLL_FREE,            type,    not-mobile
            """)
    void aPersonsPhoneIsAllowedPremiumRateAndSpecialNumbersAreNot(
            String region, PhoneNumberType type, String calls, String texts) {
        String e164 =
                UTIL.format(
                        UTIL.getExampleNumberForType(region, type),
                        PhoneNumberUtil.PhoneNumberFormat.E164);

        assertThat(CALLS.problemWith(e164)).as(e164).isEqualTo(expected(calls));
        assertThat(TEXTS.problemWith(e164)).as(e164).isEqualTo(expected(texts));
    }

    /**
     * Satellite (+870 Inmarsat, +881), international networks (+882, +883) and premium (+979) have
     * no country.
     */
    @ParameterizedTest
    @CsvSource({"870", "881", "882", "883", "979", "800", "808"})
    void nonGeographicCallingCodesAreRefusedForBothMethods(int callingCode) {
        var example = UTIL.getExampleNumberForNonGeoEntity(callingCode);
        String e164 = UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);

        assertThat(CALLS.problemWith(e164))
                .as(e164)
                .isEqualTo(PhoneMessages.NUMBER_COUNTRY_REFUSED);
        assertThat(TEXTS.problemWith(e164))
                .as(e164)
                .isEqualTo(PhoneMessages.NUMBER_COUNTRY_REFUSED);
    }

    @ParameterizedTest
    @CsvSource({"DE, DE, ", "US, DE, mfaPhoneNumberCountryRefused"})
    void anAllowListOfCountriesKeepsOthersOut(String region, String allowed, String problem) {
        NumberRules onlyAllowed =
                new NumberRules(
                        defaults(PortalSetting.CALL_NUMBER_TYPES),
                        Set.of(allowed),
                        PhoneMessages.NUMBER_TYPE_REFUSED);
        String e164 =
                UTIL.format(
                        UTIL.getExampleNumberForType(region, PhoneNumberType.MOBILE),
                        PhoneNumberUtil.PhoneNumberFormat.E164);

        assertThat(onlyAllowed.problemWith(e164)).isEqualTo(problem);
    }

    private static String expected(String outcome) {
        return switch (outcome) {
            case "ok" -> null;
            case "type" -> PhoneMessages.NUMBER_TYPE_REFUSED;
            default -> PhoneMessages.NUMBER_NOT_MOBILE;
        };
    }

    private static Set<String> defaults(PortalSetting setting) {
        return Set.of(setting.fallback().split(","));
    }
}
