package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeypadTest {

    /** Like Twilio's Gather with finishOnKey '#': the '#' ends the input and is not part of Digits. */
    @ParameterizedTest
    @CsvSource(value = {"1234#, 1234", "1234, 1234", "#, ''", "0#, 0", "12#34, 12", "*1 2-3#, *123", "'', ''", "NULL, ''"},
            nullValues = "NULL")
    void digitsAreTheKeysBeforeHash(String typed, String digits) {
        assertThat(Keypad.digitsBeforeHash(typed)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource("123456789012345678901234567890")
    void atMostTwentyKeys(String typed) {
        assertThat(Keypad.digitsBeforeHash(typed)).hasSize(Keypad.MAX_KEYS);
    }

    /** Keys left without '#' are what Twilio posts when the Gather times out: FinishedOnKey empty. */
    @ParameterizedTest
    @CsvSource(value = {"1234#, #", "#, #", "12#34, #", "1234, ''", "'', ''", "NULL, ''"}, nullValues = "NULL")
    void theFinishingKeyIsHashOnlyWhenPressed(String typed, String finishingKey) {
        assertThat(Keypad.finishingKey(typed)).isEqualTo(finishingKey);
    }
}
