package org.mfaportal.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.util.JsonSerialization;

class QuestionCatalogTest {

    private static final String TWO =
            "{'defaultLanguage':'en','languages':['en','de'],'questions':["
                    + "{'id':'pet','text':{'en':'Your first pet?','de':'Ihr erstes Haustier?'}},"
                    + "{'id':'street','text':{'en':'Your street?','de':'Ihre Straße?'}}]}";

    @Test
    void theShippedCatalogHasAtLeastEightQuestionsInEveryLanguage() {
        QuestionCatalog shipped = QuestionCatalogs.shipped();
        assertThat(shipped.languages()).containsExactly("en", "de", "fr", "es", "ja");
        assertThat(shipped.questions()).hasSizeGreaterThanOrEqualTo(8);
        shipped.questions()
                .forEach(
                        q ->
                                assertThat(q.texts().keySet())
                                        .containsExactlyInAnyOrderElementsOf(shipped.languages()));
    }

    @Test
    void aUserSeesQuestionsInTheirLanguageOrElseInTheDefaultOne() throws Exception {
        QuestionCatalog catalog = QuestionCatalog.parse(json(TWO), 2);
        Question pet = catalog.find("pet").orElseThrow();
        assertThat(catalog.text(pet, catalog.languageFor("de"))).isEqualTo("Ihr erstes Haustier?");
        assertThat(catalog.text(pet, catalog.languageFor("ja"))).isEqualTo("Your first pet?");
    }

    @Test
    void aCatalogSurvivesItsOwnJson() throws Exception {
        QuestionCatalog catalog = QuestionCatalog.parse(json(TWO), 2);
        QuestionCatalog again =
                QuestionCatalog.parse(JsonSerialization.mapper.valueToTree(catalog.asJson()), 2);
        assertThat(again).isEqualTo(catalog);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{'defaultLanguage':'en','languages':['en'],'questions':[{'id':'pet','text':{'en':'A?'}},{'id':'pet','text':{'en':'B?'}}]}|question id 'pet' appears more than once",
                "{'defaultLanguage':'en','languages':['en'],'questions':[{'id':'pet','text':{'en':'  '}},{'id':'x','text':{'en':'B?'}}]}|question 'pet': the en text is empty",
                "{'defaultLanguage':'en','languages':['en','de'],'questions':[{'id':'pet','text':{'en':'A?'}},{'id':'x','text':{'en':'B?','de':'B?'}}]}|question 'pet' has no de text",
                "{'defaultLanguage':'en','languages':['en'],'questions':[{'id':'pet','text':{'en':'A?','fr':'A ?'}},{'id':'x','text':{'en':'B?'}}]}|language 'fr' is not in the catalog's languages",
                "{'defaultLanguage':'fr','languages':['en'],'questions':[]}|defaultLanguage must be one of the languages [en]",
                "{'defaultLanguage':'en','languages':['en'],'questions':[{'id':'Pet Name','text':{'en':'A?'}}]}|questions[0].id must be",
                "{'defaultLanguage':'en','languages':['en'],'questions':[{'id':'pet','text':{'en':'A?'}}]}|the catalog needs at least 2 (got 1)",
                "{'defaultLanguage':'en','languages':[],'questions':[]}|languages must be a non-empty list"
            })
    void aBrokenCatalogIsRefusedWithWhatIsWrong(String catalog, String problem) {
        assertThatThrownBy(() -> QuestionCatalog.parse(json(catalog), 2))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining(problem);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "Your first\npet?",
                "Your first pet?\n",
                "Your\u200Bpet?",
                "Your \u202Eteppet?",
                "Your\u2028pet?",
                "Your\u0007pet?"
            })
    void aQuestionWithAControlOrInvisibleCharacterIsRefused(String text) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode catalog =
                (com.fasterxml.jackson.databind.node.ObjectNode) json(TWO);
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        catalog.get("questions").get(1).get("text"))
                .put("de", text);
        assertThatThrownBy(() -> QuestionCatalog.parse(catalog, 2))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessage(
                        "question 'street': the de text holds a control or invisible character"
                                + " (a line break, a zero-width space, a direction override...)");
    }

    private static JsonNode json(String singleQuoted) throws IOException {
        return JsonSerialization.readValue(singleQuoted.replace('\'', '"'), JsonNode.class);
    }
}
