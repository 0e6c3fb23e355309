package org.mfaportal.it.kit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Your mfa-demo code is 482913. It expires in 5 minutes. | 482913",
                "Reply 0042 (4 digits) | 0042",
                "Call +14155550100 or use 1234567890 | 1234567890",
                "7 days, code 55512 | 55512",
            })
    void theCodeIsTheFirstRunOfFourToTenDigits(String body, String code) {
        assertThat(text(body).code()).isEqualTo(code);
    }

    @Test
    void aTextWithoutACodeSaysSo() {
        assertThatThrownBy(() -> text("Your phone was removed from mfa-demo (123).").code())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No code");
    }

    private static SentText text(String body) {
        return new SentText(
                "SM0123456789abcdef0123456789abcdef",
                "+15005550100",
                "+15005550006",
                null,
                body,
                null,
                ZonedDateTime.now());
    }
}
