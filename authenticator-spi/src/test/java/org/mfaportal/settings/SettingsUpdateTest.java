package org.mfaportal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Only check() is tested here: applyTo() just writes what check() accepted into a RealmModel. */
class SettingsUpdateTest {

    private static final PortalSettings DEFAULTS = PortalSettings.from(attribute -> null);

    @Test
    void anUnknownKeyIsRefused() {
        InvalidSettingException refusal = refusalOf(Map.of("colour", "blue"));

        assertThat(refusal.setting()).isEqualTo("colour");
        assertThat(refusal).hasMessage("'colour' is not a portal setting");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            textBlock =
                    """
            bypassDefaultSeconds,       29,     from 30 to 86400
            bypassDefaultSeconds,       86401,  from 30 to 86400
            bypassMaxSeconds,           0,      from 30 to 86400
            mobileAppMaxDevices,        11,     from 1 to 10
            mobileAppActivationMinutes, 0,      from 1 to 60
            pushChallengeSeconds,       29,     from 30 to 600
            pushChallengeSeconds,       601,    from 30 to 600
            pushOpenPerUser,            6,      from 1 to 5
            pushDenialsPerUserPerHour,  21,     from 1 to 20
            questionsAtEnrollment,      -1,     from 1 to 10
            oathFallbackSessionMinutes, 61,     from 1 to 60
            pinMinLength,               3,      from 4 to 12
            pinMaxLength,               13,     from 4 to 12
            """)
    void aNumberOutOfRangeIsRefusedNamingTheRange(String key, int value, String range) {
        InvalidSettingException refusal = refusalOf(Map.of(key, value));

        assertThat(refusal.setting()).isEqualTo(key);
        assertThat(refusal)
                .hasMessage(key + " must be a whole number " + range + " (got '" + value + "')");
    }

    static List<Object> notWholeNumbers() {
        return List.of("five minutes", "300s", 300.0, 300.5, true, List.of(300));
    }

    @ParameterizedTest
    @MethodSource("notWholeNumbers")
    void aNumberMustBeAWholeNumber(Object value) {
        assertThat(refusalOf(Map.of("bypassDefaultSeconds", value)))
                .hasMessageStartingWith(
                        "bypassDefaultSeconds must be a whole number from 30 to 86400");
    }

    static List<Object> notBooleans() {
        return List.of("yes", "1", 1, "", "truthy", List.of(true));
    }

    @ParameterizedTest
    @MethodSource("notBooleans")
    void aFlagMustBeTrueOrFalse(Object value) {
        InvalidSettingException refusal = refusalOf(Map.of("userLoginAllowed", value));

        assertThat(refusal.setting()).isEqualTo("userLoginAllowed");
        assertThat(refusal).hasMessageStartingWith("userLoginAllowed must be true or false (got ");
    }

    @Test
    void noValueIsNoFlag() {
        assertThat(refusalOf(Collections.singletonMap("userLoginAllowed", null)))
                .hasMessage("userLoginAllowed must be true or false (got nothing)");
    }

    @Test
    void theDefaultBypassMayNotOutlastTheLongestBypass() {
        assertThat(refusalOf(Map.of("bypassDefaultSeconds", 7200)))
                .hasMessage("bypassDefaultSeconds (7200) must not exceed bypassMaxSeconds (3600)");
        assertThat(refusalOf(Map.of("bypassMaxSeconds", 60)))
                .hasMessage("bypassDefaultSeconds (300) must not exceed bypassMaxSeconds (60)");
    }

    @Test
    void twoSettingsThatDependOnEachOtherMayChangeTogether() {
        assertThatCode(
                        () ->
                                SettingsUpdate.check(
                                        DEFAULTS,
                                        Map.of(
                                                "bypassDefaultSeconds",
                                                7200,
                                                "bypassMaxSeconds",
                                                86_400)))
                .doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                SettingsUpdate.check(
                                        DEFAULTS,
                                        Map.of("questionsToAnswer", 1, "questionsAtEnrollment", 1)))
                .doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                SettingsUpdate.check(
                                        DEFAULTS, Map.of("pinMinLength", 10, "pinMaxLength", 12)))
                .doesNotThrowAnyException();
    }

    @Test
    void moreQuestionsMayNotBeAskedThanWereSetUp() {
        assertThat(refusalOf(Map.of("questionsToAnswer", 5)))
                .hasMessage("questionsToAnswer (5) must not exceed questionsAtEnrollment (4)");
        assertThat(refusalOf(Map.of("questionsAtEnrollment", 1)))
                .hasMessage("questionsToAnswer (2) must not exceed questionsAtEnrollment (1)");
    }

    @Test
    void theShortestPinMayNotBeLongerThanTheLongest() {
        InvalidSettingException refusal = refusalOf(Map.of("pinMinLength", 9));

        assertThat(refusal.setting()).isEqualTo("pinMinLength");
        assertThat(refusal).hasMessage("pinMinLength (9) must not exceed pinMaxLength (8)");
        assertThat(refusalOf(Map.of("pinMinLength", 6, "pinMaxLength", 5)))
                .hasMessage("pinMinLength (6) must not exceed pinMaxLength (5)");
    }

    @Test
    void aPinMayHaveOneFixedLength() {
        assertThatCode(() -> SettingsUpdate.check(DEFAULTS, Map.of("pinMinLength", 8)))
                .doesNotThrowAnyException();
        assertThatCode(() -> SettingsUpdate.check(DEFAULTS, Map.of("pinMaxLength", 4)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMalformedTrustedRangeIsRefusedNamingTheEntry() {
        InvalidSettingException refusal =
                refusalOf(
                        Map.of(
                                "trustedRanges",
                                List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.0/33")));

        assertThat(refusal.setting()).isEqualTo("trustedRanges");
        assertThat(refusal).hasMessageStartingWith("trustedRanges entry 3: '192.0.2.0/33' ");
    }

    @Test
    void aTrustedRangeEntryMustBeANonEmptyString() {
        assertThat(refusalOf(Map.of("trustedRanges", List.of("10.0.0.0/8", " "))))
                .hasMessage("trustedRanges entries must be non-empty strings (got ' ')");
        assertThat(refusalOf(Map.of("trustedRanges", List.of("10.0.0.0/8", 42))))
                .hasMessage("trustedRanges entries must be non-empty strings (got '42')");
    }

    @Test
    void atMost200000TrustedRanges() {
        assertThat(refusalOf(Map.of("trustedRanges", Collections.nCopies(200_001, "192.0.2.7"))))
                .hasMessage("trustedRanges may hold at most 200000 entries (got a list of 200001)");
    }

    /**
     * One bad value refuses the whole change, so there is no update whose applyTo could write
     * anything.
     */
    @Test
    void aRefusedUpdateWritesNothing() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("userLoginAllowed", false);
        request.put("trustedRanges", List.of("10.0.0.0/8"));
        request.put("bypassDefaultSeconds", 10);
        AtomicReference<SettingsUpdate> update = new AtomicReference<>();

        InvalidSettingException refusal =
                catchThrowableOfType(
                        InvalidSettingException.class,
                        () -> update.set(SettingsUpdate.check(DEFAULTS, request)));

        assertThat(refusal.setting()).isEqualTo("bypassDefaultSeconds");
        assertThat(update).hasNullValue();
    }

    @Test
    void trustedRangesMayBeAListOrOneStringSeparatedByCommasOrLines()
            throws InvalidSettingException {
        SettingType type = PortalSetting.TRUSTED_RANGES.type();

        String fromList =
                type.canonical(
                        "trustedRanges", List.of("10.0.0.0/8", " 2001:db8::/32 ", "192.0.2.7"));
        String fromText =
                type.canonical("trustedRanges", "10.0.0.0/8,\n2001:db8::/32\r\n  192.0.2.7, ");

        assertThat(fromList).isEqualTo("10.0.0.0/8,2001:db8::/32,192.0.2.7").isEqualTo(fromText);
        assertThat(type.toJson(fromList))
                .isEqualTo(List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.7"));
    }

    @Test
    void aGoodUpdateIsAccepted() {
        Map<String, Object> request =
                Map.of(
                        "userLoginAllowed",
                        false,
                        "bypassDefaultSeconds",
                        600,
                        "mobileAppMaxDevices",
                        "3",
                        "mobileAppActivationMinutes",
                        15,
                        "pushNumberMatching",
                        false,
                        "pushChallengeSeconds",
                        300,
                        "pushOpenPerUser",
                        2,
                        "pushDenialsPerUserPerHour",
                        5,
                        "phoneDefaultRegion",
                        "de",
                        "trustedRanges",
                        List.of("10.0.0.0/8", "::ffff:192.0.2.0/120", "2001:db8::/32"));

        assertThatCode(() -> SettingsUpdate.check(DEFAULTS, request)).doesNotThrowAnyException();
    }

    @Test
    void trustedRangesMayBeEmptied() {
        assertThatCode(() -> SettingsUpdate.check(DEFAULTS, Map.of("trustedRanges", List.of())))
                .doesNotThrowAnyException();
        assertThatCode(() -> SettingsUpdate.check(DEFAULTS, Map.of("trustedRanges", "")))
                .doesNotThrowAnyException();
    }

    private static InvalidSettingException refusalOf(Map<String, ?> request) {
        InvalidSettingException refusal =
                catchThrowableOfType(
                        InvalidSettingException.class,
                        () -> SettingsUpdate.check(DEFAULTS, request));
        assertThat(refusal).as("refusal of %s", request).isNotNull();
        return refusal;
    }
}
