package org.mfaportal.questions;

import java.util.Map;

/**
 * One question of a realm's catalog: a stable id (what a user's enrolled answers refer to, so the
 * catalog can be reordered and reworded) and its text per language.
 */
public record Question(String id, Map<String, String> texts) {

    public Question {
        texts = Map.copyOf(texts);
    }

    /** The text in the language, or in the catalog's default language when it has none. */
    public String text(String language, String defaultLanguage) {
        String text = texts.get(language);
        return text != null ? text : texts.get(defaultLanguage);
    }
}
