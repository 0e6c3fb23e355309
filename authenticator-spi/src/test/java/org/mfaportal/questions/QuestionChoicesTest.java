package org.mfaportal.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionChoicesTest {

    private final QuestionCatalog catalog = QuestionCatalogs.shipped();

    @Test
    void aUserWhoPicksDifferentQuestionsAndAnswersEachIsAccepted() {
        QuestionChoices choices =
                QuestionChoices.read(
                        catalog,
                        2,
                        form(
                                        "question0",
                                        "first-pet",
                                        "answer0",
                                        " Rex ",
                                        "question1",
                                        "first-car",
                                        "answer1",
                                        "VW Golf")
                                ::get);
        assertThat(choices.accepted()).isTrue();
        assertThat(choices.answersById())
                .containsExactly(
                        Map.entry("first-pet", " Rex "), Map.entry("first-car", "VW Golf"));
    }

    @Test
    void theSameQuestionTwiceABlankAnswerAndAnUnknownQuestionAreEachNamed() {
        QuestionChoices choices =
                QuestionChoices.read(
                        catalog,
                        3,
                        form(
                                        "question0",
                                        "first-pet",
                                        "answer0",
                                        "Rex",
                                        "question1",
                                        "first-pet",
                                        "answer1",
                                        "   ",
                                        "question2",
                                        "made-up",
                                        "answer2",
                                        "x")
                                ::get);
        assertThat(choices.accepted()).isFalse();
        assertThat(choices.problems())
                .extracting(QuestionChoices.Problem::field, QuestionChoices.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "question1", QuestionsMessages.CHOSEN_TWICE),
                        org.assertj.core.groups.Tuple.tuple(
                                "answer1", QuestionsMessages.ANSWER_EMPTY),
                        org.assertj.core.groups.Tuple.tuple(
                                "question2", QuestionsMessages.NOT_CHOSEN));
        assertThat(choices.answersById()).isEmpty();
        assertThat(choices.chosen()).containsExactly("first-pet", "first-pet", "");
    }

    @Test
    void noUserIsAskedForMoreQuestionsThanTheCatalogHas() {
        assertThat(QuestionChoices.howMany(catalog, 4)).isEqualTo(4);
        assertThat(QuestionChoices.howMany(catalog, 50)).isEqualTo(catalog.questions().size());
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
