package org.mfaportal.remember;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserTokenTest {

    @Test
    void theCookieCarriesIdAndSecretAndTheRecordOnlyTheHash() {
        String secret = BrowserToken.newSecret();
        BrowserToken token = new BrowserToken("record-1", secret);

        BrowserToken read = BrowserToken.parse(token.cookieValue()).orElseThrow();

        assertThat(read).isEqualTo(token);
        assertThat(BrowserToken.hash(secret)).doesNotContain(secret);
        assertThat(read.matches(BrowserToken.hash(secret))).isTrue();
        assertThat(new BrowserToken("record-1", secret + "x").matches(BrowserToken.hash(secret)))
                .isFalse();
        assertThat(read.matches(null)).isFalse();
    }

    @Test
    void secretsAre256RandomBits() {
        assertThat(BrowserToken.newSecret()).hasSize(43).isNotEqualTo(BrowserToken.newSecret());
    }

    @Test
    void sha256OfTheStandardsVector() {
        // FIPS 180-2, appendix B.1: SHA-256("abc")
        assertThat(BrowserToken.hash("abc"))
                .isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nodot", ".secret", "id.", "."})
    void anythingElseIsNoToken(String value) {
        assertThat(BrowserToken.parse(value)).isEmpty();
    }
}
