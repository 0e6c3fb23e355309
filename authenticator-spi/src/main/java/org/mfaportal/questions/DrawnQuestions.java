package org.mfaportal.questions;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.UserModel;

/**
 * The questions drawn for a user, kept on the user (attribute {@value #ATTRIBUTE}) until they are
 * answered right or {@link #KEPT_FOR} has passed: "Try another way" and a new sign-in ask the same
 * ones, so nobody can redraw until a pair they researched comes up (issue 11.3).
 */
record DrawnQuestions(List<String> ids, long expiresAt) {

    static final String ATTRIBUTE = "mfaPortal.questionsDrawn";
    static final Duration KEPT_FOR = Duration.ofHours(24);

    DrawnQuestions {
        ids = List.copyOf(ids);
    }

    static DrawnQuestions drawnAt(List<String> ids, long now) {
        return new DrawnQuestions(ids, now + KEPT_FOR.toSeconds());
    }

    /**
     * Still to be asked: not expired, as many as the realm asks, all still askable for the user.
     */
    boolean askableNow(List<String> askable, int howMany, long now) {
        return now < expiresAt
                && ids.size() == Math.min(howMany, askable.size())
                && new HashSet<>(ids).size() == ids.size()
                && askable.containsAll(ids);
    }

    /** "expiresAt id1 id2 ..." (question ids hold no spaces: see the catalog's id rule). */
    String serialise() {
        return expiresAt + " " + String.join(" ", ids);
    }

    static Optional<DrawnQuestions> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = Arrays.asList(value.trim().split(" +"));
        try {
            return Optional.of(
                    new DrawnQuestions(
                            parts.subList(1, parts.size()), Long.parseLong(parts.get(0))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<DrawnQuestions> of(UserModel user) {
        return parse(user.getFirstAttribute(ATTRIBUTE));
    }

    void keepOn(UserModel user) {
        user.setSingleAttribute(ATTRIBUTE, serialise());
    }

    static void forget(UserModel user) {
        user.removeAttribute(ATTRIBUTE);
    }
}
