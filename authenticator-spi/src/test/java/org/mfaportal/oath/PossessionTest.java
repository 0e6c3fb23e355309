package org.mfaportal.oath;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PossessionTest {

    private static final TokenSecret RFC_SECRET = TokenSecret.of("12345678901234567890".getBytes(US_ASCII));

    @Test
    void anHotpTokenPressedAheadIsResynchronisedToAfterTheTypedCode() {
        OathToken token = hotpAt(0);
        // RFC 4226 appendix D: counter 9 is 520489 (the token was pressed nine times unseen).
        assertThat(Possession.check(token, "520489", 0)).hasValue(10);
    }

    @Test
    void anHotpCodeBeyondTheWindowOrBehindTheCounterIsRefused() {
        assertThat(Possession.check(hotpAt(10), "520489", 0)).isEmpty();   // counter 9: already used
        OathToken token = hotpAt(0);
        String tooFar = token.hotp().code(Possession.HOTP_LOOK_AHEAD + 1);
        assertThat(Possession.check(token, tooFar, 0)).isEmpty();
    }

    @Test
    void aTotpCodeOfThisOrTheNeighbouringPeriodIsAccepted() {
        OathToken token = new OathToken("T", TokenType.TOTP, RFC_SECRET, 8, OathAlgorithm.SHA1, 30, 0);
        assertThat(Possession.check(token, "07081804", 1111111109L)).isPresent();        // RFC 6238 B
        assertThat(Possession.check(token, "07081804", 1111111109L + 30)).isPresent();
        assertThat(Possession.check(token, "07081804", 1111111109L + 90)).isEmpty();
    }

    @Test
    void somethingThatIsNotACodeOfTheRightLengthIsRefused() {
        assertThat(Possession.check(hotpAt(0), "75522", 0)).isEmpty();
        assertThat(Possession.check(hotpAt(0), "7552244", 0)).isEmpty();
        assertThat(Possession.check(hotpAt(0), null, 0)).isEmpty();
    }

    private static OathToken hotpAt(long counter) {
        return new OathToken("H", TokenType.HOTP, RFC_SECRET, 6, OathAlgorithm.SHA1, 0, counter);
    }
}
