package org.mfaportal.questions;

import java.util.List;

/** Questions as the login templates show them: id and text in one language. */
public final class QuestionsView {

    public record Option(String id, String text) {}

    private QuestionsView() {}

    public static List<Option> options(QuestionCatalog catalog, String language) {
        return catalog.questions().stream()
                .map(q -> new Option(q.id(), catalog.text(q, language)))
                .toList();
    }
}
