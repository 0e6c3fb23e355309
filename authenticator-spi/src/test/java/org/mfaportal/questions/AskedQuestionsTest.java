package org.mfaportal.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AskedQuestionsTest {

    private static final List<String> ENROLLED = List.of("a", "b", "c", "d");

    @Test
    void eachAttemptAsksMDifferentQuestionsOfTheUser() {
        Random random = new Random(7);
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> asked = AskedQuestions.draw(ENROLLED, 2, random);
            assertThat(asked).hasSize(2).doesNotHaveDuplicates();
            assertThat(ENROLLED).containsAll(asked);
        }
    }

    @Test
    void overManyAttemptsEveryQuestionComesUp() {
        Random random = new Random(11);
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            seen.addAll(AskedQuestions.draw(ENROLLED, 2, random));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ENROLLED);
    }
}
