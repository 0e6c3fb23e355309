package org.mfaportal.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {

    @ParameterizedTest(name = "''{0}'' is typed as ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "Rex|rex",
                "'  Rex  '|rex",
                "'Main   Street'|main street",
                "'Main\tStreet\n'|main street",
                "ＲＥＸ|rex", // full-width letters (NFKC)
                "'Rio\u00A0de\u3000Janeiro'|rio de janeiro", // no-break and ideographic spaces
                "Ｖｏｌｋｓｗａｇｅｎ　Ｇｏｌｆ|volkswagen golf",
                "ｼﾛ|シロ", // half-width katakana become full-width
                "Müller|müller",
                "'Mu\u0308ller'|müller" // a combining umlaut is the same answer
            })
    void answersDifferingOnlyInCaseSpacingOrWidthAreTheSame(String typed, String expected) {
        assertThat(Answers.normalise(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"rex|rexx", "main street|mainstreet", "müller|muller"})
    void otherDifferencesStay(String one, String other) {
        assertThat(Answers.normalise(one)).isNotEqualTo(Answers.normalise(other));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'   '", "'\u3000'"})
    void blankAnswersAreEmpty(String typed) {
        assertThat(Answers.normalise(typed)).isEmpty();
    }
}
