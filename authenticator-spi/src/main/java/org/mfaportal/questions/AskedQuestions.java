package org.mfaportal.questions;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The questions of one attempt: M of the user's questions that are still in the catalog, drawn at
 * random and then kept for the user ({@link DrawnQuestions}) until answered right, and noted in the
 * authentication session (never in the form, so the browser cannot choose which questions it
 * answers).
 */
public final class AskedQuestions {

    private static final String NOTE = "mfa-portal.questions.asked";

    private AskedQuestions() {}

    /** M distinct questions out of the askable ones, in random order. */
    public static List<String> draw(List<String> askable, int howMany, Random random) {
        List<String> shuffled = new ArrayList<>(askable);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(howMany, shuffled.size())));
    }

    /** The questions kept for the user, or new ones drawn and kept; noted as this attempt's. */
    public static List<String> drawFor(
            AuthenticationSessionModel session, UserModel user, List<String> askable, int howMany) {
        long now = Time.currentTime();
        List<String> asked =
                DrawnQuestions.of(user)
                        .filter(kept -> kept.askableNow(askable, howMany, now))
                        .map(DrawnQuestions::ids)
                        .orElseGet(
                                () -> {
                                    DrawnQuestions drawn =
                                            DrawnQuestions.drawnAt(
                                                    draw(askable, howMany, new SecureRandom()),
                                                    now);
                                    drawn.keepOn(user);
                                    return drawn.ids();
                                });
        session.setAuthNote(NOTE, String.join(" ", asked));
        return asked;
    }

    /** The questions of the current attempt; empty if none were drawn. */
    public static List<String> current(AuthenticationSessionModel session) {
        String note = session.getAuthNote(NOTE);
        return note == null || note.isBlank() ? List.of() : Arrays.asList(note.split(" "));
    }

    /** Answered right: the next attempt, whenever it comes, draws anew. */
    public static void forget(AuthenticationSessionModel session, UserModel user) {
        session.removeAuthNote(NOTE);
        DrawnQuestions.forget(user);
    }
}
