package org.mfaportal.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrawnQuestionsTest {

    private static final List<String> ENROLLED =
            List.of("first-pet", "first-car", "first-school", "childhood-street");
    private static final long NOW = 1_800_000_000L;

    @Test
    void keptForADayThenDrawnAnew() {
        DrawnQuestions drawn = DrawnQuestions.drawnAt(List.of("first-car", "first-pet"), NOW);
        assertThat(drawn.askableNow(ENROLLED, 2, NOW + 86_399)).isTrue();
        assertThat(drawn.askableNow(ENROLLED, 2, NOW + 86_400)).isFalse();
    }

    @Test
    void aQuestionNoLongerAskableOrAnotherCountMeansANewDraw() {
        DrawnQuestions drawn = DrawnQuestions.drawnAt(List.of("first-car", "first-pet"), NOW);
        assertThat(
                        drawn.askableNow(
                                List.of("first-car", "first-school", "childhood-street"), 2, NOW))
                .isFalse();
        assertThat(drawn.askableNow(ENROLLED, 3, NOW)).isFalse();
        assertThat(
                        DrawnQuestions.drawnAt(List.of("first-car", "first-car"), NOW)
                                .askableNow(ENROLLED, 2, NOW))
                .isFalse();
    }

    @Test
    void storedAsTextAndReadBackInOrder() {
        DrawnQuestions drawn = DrawnQuestions.drawnAt(List.of("first-school", "first-pet"), NOW);
        assertThat(drawn.serialise()).isEqualTo((NOW + 86_400) + " first-school first-pet");
        assertThat(DrawnQuestions.parse(drawn.serialise())).contains(drawn);
    }

    @Test
    void anUnreadableValueIsNoDraw() {
        assertThat(DrawnQuestions.parse(null)).isEmpty();
        assertThat(DrawnQuestions.parse(" ")).isEmpty();
        assertThat(DrawnQuestions.parse("soon first-pet first-car")).isEmpty();
    }
}
