package org.mfaportal.oath;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    // RFC 6238 appendix B: one seed per hash, of the hash's own length.
    private static final TokenSecret SEED_20 = ascii("12345678901234567890");
    private static final TokenSecret SEED_32 = ascii("12345678901234567890123456789012");
    private static final TokenSecret SEED_64 =
            ascii("1234567890123456789012345678901234567890123456789012345678901234");

    @ParameterizedTest
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    }) // RFC 6238, appendix B
    void totpMatchesTheRfc(long time, String sha1, String sha256, String sha512) {
        assertThat(totp(SEED_20, OathAlgorithm.SHA1).code(time)).isEqualTo(sha1);
        assertThat(totp(SEED_32, OathAlgorithm.SHA256).code(time)).isEqualTo(sha256);
        assertThat(totp(SEED_64, OathAlgorithm.SHA512).code(time)).isEqualTo(sha512);
    }

    @Test
    void aCodeFromTheNeighbouringPeriodPassesOnlyWithinTheSkew() {
        Totp totp = totp(SEED_20, OathAlgorithm.SHA1);
        String previous = totp.code(1111111109L - 30);
        assertThat(totp.matches(previous, 1111111109L, 1)).isTrue();
        assertThat(totp.matches(previous, 1111111109L, 0)).isFalse();
        assertThat(totp.matches("07081804", 1111111109L, 0)).isTrue();
    }

    private static Totp totp(TokenSecret seed, OathAlgorithm algorithm) {
        return new Totp(new Hotp(seed, 8, algorithm), 30);
    }

    private static TokenSecret ascii(String text) {
        return TokenSecret.of(text.getBytes(US_ASCII));
    }
}
