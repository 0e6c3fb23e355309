package org.mfaportal.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextReplyTest {

    private static final int CODE_LENGTH = 6;

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            483920                 | 483920 | ''
            ' 483920 '             | 483920 | ''
            483920 1357            | 483920 | 1357
            4839201357             | 483920 | 1357
            483-920 13 57          | 483920 | 1357
            483.920\t1357          | 483920 | 1357
            ４８３９２０　１３５７ | 483920 | 1357
            ４８３９２０           | 483920 | ''
            """)
    void aReplyIsTheCodeThenThePin(String body, String code, String pin) {
        assertThat(TextReply.parse(body, CODE_LENGTH)).isEqualTo(new TextReply(code, pin));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "4839",
                "48392",
                "   ",
                "yes",
                "483920 ok",
                "code 483920",
                "483920 13a7",
                "483_920"
            })
    void aReplyThatIsNotAllDigitsOrTooShortHasNoCode(String body) {
        assertThat(TextReply.parse(body, CODE_LENGTH)).isEqualTo(new TextReply("", ""));
    }
}
