package org.mfaportal.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptOutKeywordsTest {

    /**
     * Twilio's default keywords, matched as the whole message in any case; anything else is a reply
     * to judge.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "STOP|OPT_OUT",
                "stop|OPT_OUT",
                "' Stop '|OPT_OUT",
                "UNSUBSCRIBE|OPT_OUT",
                "cancel|OPT_OUT",
                "END|OPT_OUT",
                "QUIT|OPT_OUT",
                "STOPALL|OPT_OUT",
                "START|OPT_IN",
                "yes|OPT_IN",
                "UNSTOP|OPT_IN",
                "HELP|HELP",
                "info|HELP",
                "483920|NONE",
                "STOP 483920|NONE",
                "'please stop'|NONE",
                "''|NONE"
            })
    void recognisesTwiliosKeywordsOnlyAsTheWholeReply(String body, OptOutKeywords expected) {
        assertThat(OptOutKeywords.of(body)).isEqualTo(expected);
    }
}
