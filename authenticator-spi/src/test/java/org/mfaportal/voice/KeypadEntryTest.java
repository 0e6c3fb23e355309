package org.mfaportal.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeypadEntryTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
            nullValues = "NULL",
            textBlock =
                    """
            NULL,                   '',                   false
            '',                     '',                   false
            '#',                    '',                   false
            0,                      0,                    true
            ' 0 ',                  0,                    true
            00,                     00,                   false
            1234,                   1234,                 false
            1234#,                  1234,                 false
            *1234,                  *1234,                false
            12345678901234567890,   12345678901234567890, false
            123456789012345678901,  '',                   false
            12ab,                   '',                   false
            12 34,                  '',                   false
            """)
    void whatWasTypedBeforeTheHash(String gathered, String digits, boolean fraudReport) {
        KeypadEntry entry = KeypadEntry.of(gathered, true);

        assertThat(entry.finished()).isTrue();
        assertThat(entry.digits()).isEqualTo(digits);
        assertThat(entry.isFraudReport()).isEqualTo(fraudReport);
    }

    /**
     * Twilio's Gather timed out (silence, voicemail, keys never finished): FinishedOnKey is empty
     * or absent.
     */
    @ParameterizedTest(name = "Digits \"{0}\", FinishedOnKey \"{1}\"")
    @CsvSource(
            nullValues = "NULL",
            textBlock =
                    """
            '',    ''
            '',    NULL
            0,     ''
            1234,  ''
            1234,  '*'
            """)
    void aKeypadThatTimedOutConfirmsNothing(String gathered, String finishedOnKey) {
        KeypadEntry entry = KeypadEntry.of(gathered, "#".equals(finishedOnKey));

        assertThat(entry.finished()).isFalse();
        assertThat(entry.isFraudReport()).isFalse();
    }
}
