package org.mfaportal.it.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.KeycloakServer;

/** A portal administrator edits the realm's question catalog; a broken catalog is refused whole. */
@ExtendWith(KeycloakServer.Extension.class)
class QuestionCatalogIT {

    private static final String PATH =
            "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/questions";

    private final KeycloakServer server;
    private final AdminClient admin;

    QuestionCatalogIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    @Test
    void theShippedCatalogComesInFiveLanguages() {
        JsonNode catalog = admin.get(PATH).requireStatus(200).json();
        assertThat(catalog.get("languages").toString())
                .isEqualTo("[\"en\",\"de\",\"fr\",\"es\",\"ja\"]");
        assertThat(catalog.get("questions").size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void anAdminReordersAndTranslatesAndABrokenCatalogStoresNothing() {
        JsonNode before = admin.get(PATH).requireStatus(200).json();
        try (var catalogKept = server.keepRealmAttributes()) {
            ObjectNode broken = before.deepCopy();
            ((ObjectNode) broken.get("questions").get(0).get("text")).remove("ja");
            AdminClient.Reply refused = admin.put(PATH, broken);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_question_catalog");
            assertThat(refused.json().get("error_description").asText()).contains("has no ja text");
            assertThat(admin.get(PATH).requireStatus(200).json()).isEqualTo(before);

            ObjectNode reordered = before.deepCopy();
            ArrayNode questions = (ArrayNode) reordered.get("questions");
            questions.insert(0, questions.remove(questions.size() - 1));
            ((ObjectNode) questions.get(0).get("text"))
                    .put("en", "Which teacher did you like best?");
            admin.put(PATH, reordered).requireStatus(200);

            JsonNode after = admin.get(PATH).requireStatus(200).json();
            assertThat(after.get("shipped").asBoolean()).isFalse();
            assertThat(after.get("questions").get(0).get("text").get("en").asText())
                    .isEqualTo("Which teacher did you like best?");
        }
    }

    @Test
    void aQuestionWithAHiddenCharacterIsRefusedAndTheCatalogStays() {
        JsonNode before = admin.get(PATH).requireStatus(200).json();
        // A zero-width space, a right-to-left override, a line break: the question would not read
        // as it says.
        for (String text :
                java.util.List.of(
                        "Your first\u200Bpet?", "Your \u202Eteppet?", "Your first\npet?")) {
            ObjectNode tampered = before.deepCopy();
            ((ObjectNode) tampered.get("questions").get(0).get("text")).put("en", text);
            AdminClient.Reply refused = admin.put(PATH, tampered);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_question_catalog");
            assertThat(refused.json().get("error_description").asText())
                    .contains("the en text holds a control or invisible character");
        }
        assertThat(admin.get(PATH).requireStatus(200).json()).isEqualTo(before);
    }
}
