package org.mfaportal.oath;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PossessionTest {

    private static final TokenSecret RFC_SECRET =
            TokenSecret.of("12345678901234567890".getBytes(US_ASCII));
    private static final int CLAIM = Possession.HOTP_CLAIM_LOOK_AHEAD;

    @ParameterizedTest(name = "counter {0}: {1} then {2}")
    @CsvSource({
        "0, 755224, 287082",
        "3, 969429, 338314",
        "8, 399871, 520489"
    }) // RFC 4226, appendix D
    void twoConsecutiveHotpCodesProveTheTokenAndMoveItsCounterPastBoth(
            long counter, String code, String next) {
        assertThat(Possession.check(hotpAt(0), code, next, 0, CLAIM)).hasValue(counter + 2);
    }

    @Test
    void oneRightHotpCodeAloneOrTwoThatAreNotConsecutiveProveNothing() {
        OathToken token = hotpAt(0);
        assertThat(Possession.check(token, "755224", "", 0, CLAIM)).isEmpty();
        assertThat(Possession.check(token, "755224", null, 0, CLAIM)).isEmpty();
        assertThat(Possession.check(token, "755224", "359152", 0, CLAIM))
                .isEmpty(); // counters 0 and 2
        assertThat(Possession.check(token, "287082", "755224", 0, CLAIM)).isEmpty(); // 1 then 0
        assertThat(Possession.check(token, "755224", "755224", 0, CLAIM)).isEmpty();
    }

    @Test
    void hotpCodesBeyondTheSmallWindowOrBehindTheCounterAreRefused() {
        assertThat(Possession.check(hotpAt(9), "399871", "520489", 0, CLAIM))
                .isEmpty(); // counter 8: already used
        OathToken token = hotpAt(0);
        String far = token.hotp().code(CLAIM + 1);
        String farNext = token.hotp().code(CLAIM + 2);
        assertThat(Possession.check(token, far, farNext, 0, CLAIM)).isEmpty();
        assertThat(Possession.check(token, far, farNext, 0, Possession.HOTP_RESYNC_LOOK_AHEAD))
                .hasValue(CLAIM + 3);
    }

    @Test
    void aTotpCodeOfThisOrTheNeighbouringPeriodIsAccepted() {
        OathToken token =
                new OathToken("T", TokenType.TOTP, RFC_SECRET, 8, OathAlgorithm.SHA1, 30, 0);
        assertThat(Possession.check(token, "07081804", "", 1111111109L, CLAIM))
                .isPresent(); // RFC 6238 B
        assertThat(Possession.check(token, "07081804", "", 1111111109L + 30, CLAIM)).isPresent();
        assertThat(Possession.check(token, "07081804", "", 1111111109L - 30, CLAIM)).isPresent();
        assertThat(Possession.check(token, "07081804", "", 1111111109L + 60, CLAIM)).isEmpty();
    }

    @Test
    void somethingThatIsNotACodeOfTheRightLengthIsRefused() {
        assertThat(Possession.check(hotpAt(0), "75522", "287082", 0, CLAIM)).isEmpty();
        assertThat(Possession.check(hotpAt(0), "7552244", "287082", 0, CLAIM)).isEmpty();
        assertThat(Possession.check(hotpAt(0), null, "287082", 0, CLAIM)).isEmpty();
    }

    private static OathToken hotpAt(long counter) {
        return new OathToken("H", TokenType.HOTP, RFC_SECRET, 6, OathAlgorithm.SHA1, 0, counter);
    }
}
