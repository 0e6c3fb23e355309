package org.mfaportal.push.protocol;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            value = { // RFC 4648, section 10
                "'', ''",
                "f, MY======",
                "fo, MZXQ====",
                "foo, MZXW6===",
                "foob, MZXW6YQ=",
                "fooba, MZXW6YTB",
                "foobar, MZXW6YTBOI======"
            })
    void encodesAndDecodesTheRfcVectors(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded), US_ASCII)).isEqualTo(plain);
        assertThat(new String(Base32.decode(encoded.replace("=", "").toLowerCase()), US_ASCII))
                .isEqualTo(plain);
    }

    @Test
    void twentyBytesAreAThirtyTwoCharacterNonceWithoutPadding() {
        assertThat(Base32.encode("12345678901234567890".getBytes(US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void foreignCharactersAreRefused() {
        assertThatThrownBy(() -> Base32.decode("MZXW1==="))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
