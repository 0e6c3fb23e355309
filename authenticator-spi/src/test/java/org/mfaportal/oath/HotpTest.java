package org.mfaportal.oath;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HotpTest {

    private static final TokenSecret RFC_SECRET =
            TokenSecret.of("12345678901234567890".getBytes(US_ASCII));

    @ParameterizedTest
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
    }) // RFC 4226, appendix D
    void hotpMatchesTheRfc(long counter, String expected) {
        assertThat(new Hotp(RFC_SECRET, 6, OathAlgorithm.SHA1).code(counter)).isEqualTo(expected);
    }

    @Test
    void aCodeMatchesOnlyItsOwnCounter() {
        Hotp hotp = new Hotp(RFC_SECRET, 6, OathAlgorithm.SHA1);
        assertThat(hotp.matches("755224", 0)).isTrue();
        assertThat(hotp.matches(" 755224 ", 0)).isTrue();
        assertThat(hotp.matches("755224", 1)).isFalse();
        assertThat(hotp.matches(null, 0)).isFalse();
        assertThat(hotp.matches("", 0)).isFalse();
    }

    @Test
    void eightDigitCodesKeepTheirLeadingZeros() {
        // RFC 6238 appendix B, T = 1111111109 (step 37037036): 07081804
        assertThat(new Hotp(RFC_SECRET, 8, OathAlgorithm.SHA1).code(37037036L))
                .isEqualTo("07081804");
    }
}
