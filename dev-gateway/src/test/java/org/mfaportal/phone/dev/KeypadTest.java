package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeypadTest {

    /** As with a real gateway's keypad: the '#' ends the input and is not part of the keys. */
    @ParameterizedTest
    @CsvSource(
            value = {
                "1234#, 1234",
                "1234, 1234",
                "#, ''",
                "0#, 0",
                "12#34, 12",
                "*1 2-3#, *123",
                "'', ''",
                "NULL, ''"
            },
            nullValues = "NULL")
    void digitsAreTheKeysBeforeHash(String typed, String digits) {
        assertThat(Keypad.digitsBeforeHash(typed)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource("123456789012345678901234567890")
    void atMostTwentyKeys(String typed) {
        assertThat(Keypad.digitsBeforeHash(typed)).hasSize(Keypad.MAX_KEYS);
    }

    /** Keys left without '#' are what a keypad that timed out reports: not finished. */
    @ParameterizedTest
    @CsvSource(
            value = {
                "1234#, true",
                "#, true",
                "12#34, true",
                "1234, false",
                "'', false",
                "NULL, false"
            },
            nullValues = "NULL")
    void finishedOnlyWhenHashWasPressed(String typed, boolean finished) {
        assertThat(Keypad.finished(typed)).isEqualTo(finished);
    }
}
