package org.mfaportal.push.challenge;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Three distinct two-digit numbers (10..99) for the app, and the one the sign-in page shows. */
public record NumberMatching(List<String> options, String answer) {

    private static final int CHOICES = 3;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public static NumberMatching draw() {
        return draw(RANDOM);
    }

    static NumberMatching draw(RandomGenerator random) {
        List<String> options = new ArrayList<>(CHOICES);
        while (options.size() < CHOICES) {
            String number = Integer.toString(10 + random.nextInt(90));
            if (!options.contains(number)) {
                options.add(number);
            }
        }
        return new NumberMatching(List.copyOf(options), options.get(random.nextInt(CHOICES)));
    }
}
