package org.mfaportal.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a user typed on the enrollment page, checked: N questions of the catalog, all different,
 * each with an answer that is not empty once normalised. Fields are question0..question{N-1} and
 * answer0..answer{N-1}.
 */
public final class QuestionChoices {

    public static final String QUESTION_FIELD = "question";
    public static final String ANSWER_FIELD = "answer";

    /** One problem, on one field, as a message key with its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {}

    private final Map<String, String> answersById;
    private final List<String> chosen;
    private final List<Problem> problems;

    private QuestionChoices(
            Map<String, String> answersById, List<String> chosen, List<Problem> problems) {
        this.answersById = answersById;
        this.chosen = chosen;
        this.problems = problems;
    }

    /** How many questions a user picks: the setting, but never more than the catalog offers. */
    public static int howMany(QuestionCatalog catalog, int setting) {
        return Math.min(setting, catalog.questions().size());
    }

    public static QuestionChoices read(
            QuestionCatalog catalog, int count, Function<String, String> form) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> chosen = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String id = form.apply(QUESTION_FIELD + i);
            String answer = form.apply(ANSWER_FIELD + i);
            boolean known = id != null && catalog.find(id).isPresent();
            chosen.add(known ? id : "");
            if (!known) {
                problems.add(new Problem(QUESTION_FIELD + i, QuestionsMessages.NOT_CHOSEN));
            } else if (!seen.add(id)) {
                problems.add(new Problem(QUESTION_FIELD + i, QuestionsMessages.CHOSEN_TWICE));
            }
            if (answer != null && answer.length() > Answers.MAX_LENGTH) {
                problems.add(
                        new Problem(
                                ANSWER_FIELD + i,
                                QuestionsMessages.ANSWER_TOO_LONG,
                                Answers.MAX_LENGTH));
            } else if (Answers.normalise(answer).isEmpty()) {
                problems.add(new Problem(ANSWER_FIELD + i, QuestionsMessages.ANSWER_EMPTY));
            } else if (known) {
                answers.put(id, answer);
            }
        }
        return new QuestionChoices(problems.isEmpty() ? answers : Map.of(), chosen, problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * The chosen question ids per position ("" where none), to show the choice again, never the
     * answers.
     */
    public List<String> chosen() {
        return chosen;
    }

    /** Question id -> answer as typed, in the order chosen; only when accepted. */
    public Map<String, String> answersById() {
        return answersById;
    }
}
