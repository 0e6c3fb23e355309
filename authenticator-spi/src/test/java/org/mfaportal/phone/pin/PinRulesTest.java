package org.mfaportal.phone.pin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mfaportal.phone.pin.PinRules.Problem;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

class PinRulesTest {

    private static final PinRules FOUR_TO_EIGHT = new PinRules(4, 8);

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"7294", "58310", "1235", "2468", "0987", "8901", "72946103"})
    void aPinOfDigitsWithinTheLengthsThatIsNoSimplePatternIsAccepted(String pin) {
        assertThat(FOUR_TO_EIGHT.check(pin, pin)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"12a4", " 7294", "7294 ", "72-94", "７２９４"})
    void onlyAsciiDigitsArePinDigits(String pin) {
        assertThat(FOUR_TO_EIGHT.check(pin, pin)).isEqualTo(Problem.NOT_DIGITS);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"729", "729461035"})
    void aPinOutsideTheLengthsIsRefused(String pin) {
        assertThat(FOUR_TO_EIGHT.check(pin, pin)).isEqualTo(Problem.LENGTH);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1111", "00000000", "1234", "0123", "3210", "9876", "45678"})
    void oneDigitOrARunUpOrDownIsTooSimple(String pin) {
        assertThat(FOUR_TO_EIGHT.check(pin, pin)).isEqualTo(Problem.TOO_SIMPLE);
    }

    @ParameterizedTest(name = "confirmed as \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"7295", "729", "72940", " 7294"})
    void aConfirmationThatDiffersIsAMismatch(String confirmation) {
        assertThat(FOUR_TO_EIGHT.check("7294", confirmation)).isEqualTo(Problem.MISMATCH);
    }

    /**
     * Checks run in the order digits, length, pattern, confirmation; the first problem is the one
     * reported.
     */
    @ParameterizedTest(name = "\"{0}\" confirmed as \"{1}\": {2}")
    @CsvSource(
            textBlock =
                    """
            111a,      1111,  NOT_DIGITS
            111,       111,   LENGTH
            123,       456,   LENGTH
            123456789, x,     LENGTH
            1111,      2222,  TOO_SIMPLE
            """)
    void theFirstProblemInOrderIsReported(String pin, String confirmation, Problem expected) {
        assertThat(FOUR_TO_EIGHT.check(pin, confirmation)).isEqualTo(expected);
    }

    @Test
    void theRealmSettingsGiveTheLengths() {
        assertThat(PinRules.of(PortalSettings.from(attribute -> null))).isEqualTo(FOUR_TO_EIGHT);
        Map<String, String> realm =
                Map.of(
                        PortalSetting.PIN_MIN_LENGTH.attribute(),
                        "6",
                        PortalSetting.PIN_MAX_LENGTH.attribute(),
                        "6");
        assertThat(PinRules.of(PortalSettings.from(realm::get))).isEqualTo(new PinRules(6, 6));
    }

    @Test
    void everyProblemNamesItsMessage() {
        assertThat(Problem.NOT_DIGITS.messageKey).isEqualTo(PinMessages.NOT_DIGITS);
        assertThat(Problem.LENGTH.messageKey).isEqualTo(PinMessages.LENGTH);
        assertThat(Problem.TOO_SIMPLE.messageKey).isEqualTo(PinMessages.TOO_SIMPLE);
        assertThat(Problem.MISMATCH.messageKey).isEqualTo(PinMessages.MISMATCH);
    }
}
