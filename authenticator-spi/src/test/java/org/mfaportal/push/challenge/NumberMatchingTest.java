package org.mfaportal.push.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;

class NumberMatchingTest {

    private static final SplittableRandom SEEDS = new SplittableRandom(42);

    @RepeatedTest(200)
    void threeDistinctTwoDigitNumbersOneOfWhichThePageShows() {
        NumberMatching numbers = NumberMatching.draw(SEEDS.split());

        assertThat(numbers.options())
                .hasSize(3)
                .doesNotHaveDuplicates()
                .allSatisfy(option -> assertThat(Integer.parseInt(option)).isBetween(10, 99));
        assertThat(numbers.options()).contains(numbers.answer());
        assertThat(String.join(",", numbers.options())).doesNotContain(" ");
    }
}
