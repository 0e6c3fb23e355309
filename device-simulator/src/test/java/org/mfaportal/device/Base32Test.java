package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    @ParameterizedTest
    @CsvSource({
        "'', ''",
        "f, MY======",
        "fo, MZXQ====",
        "foo, MZXW6===",
        "foob, MZXW6YQ=",
        "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI======"
    }) // RFC 4648, section 10
    void encodesAsTheRfc(String text, String expected) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'', ''",
        "f, MY======",
        "fo, MZXQ====",
        "foo, MZXW6===",
        "foob, MZXW6YQ=",
        "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI======"
    }) // RFC 4648, section 10
    void decodesTheRfc(String expected, String encoded) {
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "foo, MZXW6", "foobar, MZXW6YTBOI"})
    void decodesWithoutPaddingAsTheAppDoes(String expected, String encoded) {
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mzxw6===", "MZXW1===", "MZ=XW6==", "MZXW6 =="})
    void refusesWhatIsNotBase32(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void aRsa4096SignatureIs824CharactersEndingInFourPads() {
        assertThat(Base32.encode(new byte[512])).hasSize(824).endsWith("====");
    }
}
