package org.mfaportal.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Example numbers are the ones reserved for fiction and documentation (NANP 555-01xx, Ofcom 020
 * 7946 0xxx).
 */
class PhoneNumbersTest {

    @ParameterizedTest(name = "\"{0}\" in {1}")
    @CsvSource(
            textBlock =
                    """
            '+1 415 555 0100',  US, +14155550100
            '+1 415 555 0100',  DE, +14155550100
            '(415) 555-0100',   US, +14155550100
            '415.555.0100',     US, +14155550100
            '030 1234567',      DE, +49301234567
            '+49 30 1234567',   US, +49301234567
            '+44 20 7946 0958', US, +442079460958
            """)
    void numbersAsPeopleTypeThemBecomeE164(String input, String region, String e164) {
        PhoneNumbers.Parsed parsed = PhoneNumbers.parse(input, region);

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.e164()).isEqualTo(e164);
        assertThat(parsed.problemKey()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void noNumberIsMissing(String input) {
        assertThat(PhoneNumbers.parse(input, "US"))
                .isEqualTo(new PhoneNumbers.Parsed(null, PhoneMessages.NUMBER_MISSING));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"12345", "hello", "(415) 555-010", "+1 415 555 01000"})
    void whatIsNoValidNumberIsInvalid(String input) {
        assertThat(PhoneNumbers.parse(input, "US"))
                .isEqualTo(new PhoneNumbers.Parsed(null, PhoneMessages.NUMBER_INVALID));
    }

    /** libphonenumber reports +999 (unassigned by the ITU) as INVALID_COUNTRY_CODE. */
    @Test
    void anUnknownCountryCodeIsNamedAsSuch() {
        assertThat(PhoneNumbers.parse("+999 123", "US"))
                .isEqualTo(new PhoneNumbers.Parsed(null, PhoneMessages.NUMBER_COUNTRY));
    }

    /**
     * The cap keeps pasted essays away from libphonenumber; a good number padded to 41 characters
     * proves it is the cap.
     */
    @Test
    void atMost40CharactersAreRead() {
        String forty = String.format("%-40s", "+1 415 555 0100");

        assertThat(PhoneNumbers.parse(forty, "US").e164()).isEqualTo("+14155550100");
        assertThat(PhoneNumbers.parse(forty + " ", "US"))
                .isEqualTo(new PhoneNumbers.Parsed(null, PhoneMessages.NUMBER_INVALID));
    }

    /** An extension is what a call can dial after answering: one to ten digits. */
    @ParameterizedTest
    @CsvSource({"1, true", "0042, true", "1234567890, true", "12345678901, false", "12a, false"})
    void anExtensionIsOneToTenDigits(String extension, boolean valid) {
        assertThat(PhoneNumbers.validExtension(extension)).isEqualTo(valid);
    }
}
