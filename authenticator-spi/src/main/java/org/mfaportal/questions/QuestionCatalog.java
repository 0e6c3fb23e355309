package org.mfaportal.questions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mfaportal.text.ShownText;

/**
 * A realm's security questions, in the order users see them, each in every language of the catalog.
 * JSON: {"defaultLanguage": "en", "languages": ["en", "de"], "questions": [{"id": "first-pet",
 * "text": {"en": "...", "de": "..."}}]}. {@link #parse} is the only way in from outside and checks
 * every rule, so a stored catalog is always whole.
 */
public record QuestionCatalog(
        String defaultLanguage, List<String> languages, List<Question> questions) {

    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_TEXT_LENGTH = 300;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    public QuestionCatalog {
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
    }

    public Optional<Question> find(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The language questions are shown in: the user's if the catalog has it, else the default. */
    public String languageFor(String userLanguage) {
        return languages.contains(userLanguage) ? userLanguage : defaultLanguage;
    }

    public String text(Question question, String language) {
        return question.text(language, defaultLanguage);
    }

    /** The catalog as the JSON the admin API returns and the realm stores. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("defaultLanguage", defaultLanguage);
        json.put("languages", languages);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Question question : questions) {
            Map<String, String> texts = new LinkedHashMap<>();
            languages.forEach(language -> texts.put(language, question.texts().get(language)));
            list.add(Map.of("id", question.id(), "text", texts));
        }
        json.put("questions", list);
        return json;
    }

    /**
     * Reads and checks a catalog: ids unique and well formed, every question has a non-blank text
     * in every language the catalog lists (and no other), and there are at least {@code
     * minQuestions} (the number users choose at enrollment).
     */
    public static QuestionCatalog parse(JsonNode json, int minQuestions)
            throws InvalidCatalogException {
        if (json == null || !json.isObject()) {
            throw new InvalidCatalogException(
                    "the catalog must be a JSON object with defaultLanguage, languages and questions");
        }
        List<String> languages = languages(json.get("languages"));
        JsonNode defaultNode = json.get("defaultLanguage");
        String defaultLanguage =
                defaultNode == null || !defaultNode.isTextual() ? null : defaultNode.asText();
        if (defaultLanguage == null || !languages.contains(defaultLanguage)) {
            throw new InvalidCatalogException(
                    "defaultLanguage must be one of the languages "
                            + languages
                            + " (got "
                            + defaultNode
                            + ")");
        }
        JsonNode list = json.get("questions");
        if (list == null || !list.isArray()) {
            throw new InvalidCatalogException("questions must be a list");
        }
        if (list.size() > MAX_QUESTIONS) {
            throw new InvalidCatalogException(
                    "a catalog has at most "
                            + MAX_QUESTIONS
                            + " questions (got "
                            + list.size()
                            + ")");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Question question = question(list.get(i), i, languages);
            if (!ids.add(question.id())) {
                throw new InvalidCatalogException(
                        "question id '" + question.id() + "' appears more than once");
            }
            questions.add(question);
        }
        if (questions.size() < minQuestions) {
            throw new InvalidCatalogException(
                    "users choose "
                            + minQuestions
                            + " questions at enrollment, so the catalog needs at least "
                            + minQuestions
                            + " (got "
                            + questions.size()
                            + ")");
        }
        return new QuestionCatalog(defaultLanguage, languages, questions);
    }

    private static List<String> languages(JsonNode node) throws InvalidCatalogException {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new InvalidCatalogException(
                    "languages must be a non-empty list of language codes such as \"en\"");
        }
        Set<String> languages = new LinkedHashSet<>();
        for (JsonNode language : node) {
            if (!language.isTextual() || !LANGUAGE.matcher(language.asText()).matches()) {
                throw new InvalidCatalogException(
                        "languages: "
                                + language
                                + " is not a language code such as \"en\" or \"pt-BR\"");
            }
            if (!languages.add(language.asText())) {
                throw new InvalidCatalogException(
                        "languages: \"" + language.asText() + "\" is listed twice");
            }
        }
        return List.copyOf(languages);
    }

    private static Question question(JsonNode node, int index, List<String> languages)
            throws InvalidCatalogException {
        String where = "questions[" + index + "]";
        if (!node.isObject()) {
            throw new InvalidCatalogException(where + " must be an object with id and text");
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isTextual() || !ID.matcher(idNode.asText()).matches()) {
            throw new InvalidCatalogException(
                    where
                            + ".id must be 1 to 64 lower-case letters, digits or '-', starting with a letter or digit (got "
                            + idNode
                            + ")");
        }
        String id = idNode.asText();
        where = "question '" + id + "'";
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isObject()) {
            throw new InvalidCatalogException(
                    where + ": text must be an object of language -> text");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = textNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!languages.contains(entry.getKey())) {
                throw new InvalidCatalogException(
                        where
                                + ": language '"
                                + entry.getKey()
                                + "' is not in the catalog's languages "
                                + languages);
            }
            JsonNode text = entry.getValue();
            if (!text.isTextual() || text.asText().isBlank()) {
                throw new InvalidCatalogException(
                        where + ": the " + entry.getKey() + " text is empty");
            }
            if (ShownText.hasHiddenCharacters(text.asText())) {
                throw new InvalidCatalogException(
                        where
                                + ": the "
                                + entry.getKey()
                                + " text holds a control or invisible character (a line break, a zero-width space, a direction override...)");
            }
            if (text.asText().length() > MAX_TEXT_LENGTH) {
                throw new InvalidCatalogException(
                        where
                                + ": the "
                                + entry.getKey()
                                + " text is longer than "
                                + MAX_TEXT_LENGTH
                                + " characters");
            }
            texts.put(entry.getKey(), text.asText().strip());
        }
        for (String language : languages) {
            if (!texts.containsKey(language)) {
                throw new InvalidCatalogException(
                        where
                                + " has no "
                                + language
                                + " text; every question needs all of "
                                + languages);
            }
        }
        return new Question(id, texts);
    }
}
