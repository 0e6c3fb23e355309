package org.mfaportal.oath;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.Base32;

class TokenSecretTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(US_ASCII);

    @Test
    void hexInAnyCaseAndWithSpacesIsTheSameKey() {
        assertThat(TokenSecret.fromHex("3132333435363738393031323334353637383930").bytes())
                .isEqualTo(RFC_KEY);
        assertThat(TokenSecret.fromHex("31323334 35363738 39303132 33343536 3738 3930").bytes())
                .isEqualTo(RFC_KEY);
        assertThat(
                        TokenSecret.fromHex(
                                        "3132333435363738393031323334353637383930".toUpperCase())
                                .bytes())
                .isEqualTo(RFC_KEY);
    }

    @Test
    void base32WithOrWithoutPaddingAndInLowerCaseIsTheSameKey() {
        assertThat(TokenSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").bytes())
                .isEqualTo(RFC_KEY);
        assertThat(TokenSecret.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").bytes())
                .isEqualTo(RFC_KEY);
        assertThat(TokenSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGE======").bytes())
                .isEqualTo("123456789012345678901".getBytes(US_ASCII));
    }

    @Test
    void theStoredFormIsWhatKeycloakDecodes() {
        byte[] binary = new byte[20];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (0xff - i * 7);
        }
        assertThat(Base32.decode(TokenSecret.of(binary).base32())).isEqualTo(binary);
    }

    @Test
    void badTextIsRefusedWithTheReason() {
        assertThatThrownBy(() -> TokenSecret.fromHex("31323g"))
                .hasMessageContaining("not hexadecimal");
        assertThatThrownBy(() -> TokenSecret.fromHex("313"))
                .hasMessageContaining("not hexadecimal");
        assertThatThrownBy(() -> TokenSecret.fromBase32("GEZDGNBV1"))
                .hasMessageContaining("not Base32");
        assertThatThrownBy(() -> TokenSecret.fromHex("31323334"))
                .hasMessageContaining("16 to 128 bytes");
    }

    @Test
    void theKeyNeverShowsInText() {
        assertThat(TokenSecret.of(RFC_KEY).toString())
                .doesNotContain("3132")
                .isEqualTo("TokenSecret[20 bytes]");
    }
}
