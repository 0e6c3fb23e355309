package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal settings screen of the admin console (the original's Settings, Trusted IPs and
 * Security Questions tabs), used from the console's menu by a portal administrator: each change is
 * stored through the portal's admin REST, and a refused one marks what is wrong and stores nothing.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PortalSettingsScreenIT {

    private static final String REALM_PATH = "/admin/realms/" + KeycloakServer.REALM;
    private static final String QUESTIONS = REALM_PATH + "/mfa-portal/questions";

    private final KeycloakServer server;

    PortalSettingsScreenIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void anAdminChangesASettingAndAnOutOfRangeValueIsMarkedAndNothingStored() {
        TestUser admin = settingsAdmin();
        try (var settings =
                        server.portalSettings(
                                Map.of(
                                        "bypassAllowed", false,
                                        "bypassDefaultSeconds", 300,
                                        "mobileAppMaxDevices", 1));
                Chromium chromium = openSettings(admin, "admin-settings")) {
            assertThat(chromium.element("mfa-setting-help-bypassAllowed").getText())
                    .contains("one-time bypass");
            assertThat(chromium.element("mfa-setting-limits-bypassDefaultSeconds").getText())
                    .contains("30", "86400", "300");

            switchOf(chromium.element("mfa-setting-bypassAllowed")).click();
            replace(chromium.element("mfa-setting-bypassDefaultSeconds"), "600");
            chromium.element("mfa-settings-save-settings").click();
            chromium.element("mfa-settings-saved");
            assertThat(stored())
                    .containsEntry("bypassAllowed", true)
                    .containsEntry("bypassDefaultSeconds", 600);

            // One value out of range beside a good one: the field is marked, nothing is stored.
            replace(chromium.element("mfa-setting-bypassDefaultSeconds"), "20");
            replace(chromium.element("mfa-setting-mobileAppMaxDevices"), "3");
            chromium.element("mfa-settings-save-settings").click();
            assertThat(chromium.element("mfa-setting-error-bypassDefaultSeconds").getText())
                    .contains("from 30 to 86400");
            assertThat(chromium.element("mfa-settings-refused").getText())
                    .contains("bypassDefaultSeconds");
            assertThat(chromium.has("mfa-setting-error-mobileAppMaxDevices")).isFalse();
            ((JavascriptExecutor) chromium.driver())
                    .executeScript(
                            "arguments[0].scrollIntoView({block: 'center'})",
                            chromium.element("mfa-settings-section-bypass"));
            chromium.screenshot("admin-settings");
            assertThat(stored())
                    .containsEntry("bypassDefaultSeconds", 600)
                    .containsEntry("mobileAppMaxDevices", 1);
        }
    }

    @Test
    void anAdminAddsAndRemovesTrustedRangesAndAnInvalidOneIsRefused() {
        TestUser admin = settingsAdmin();
        try (var settings = server.portalSettings(Map.of("trustedRanges", List.of("10.0.0.0/8")));
                Chromium chromium = openSettings(admin, "admin-settings-trusted-ips")) {
            chromium.element("mfa-settings-tab-trusted-ips").click();
            assertThat(value(chromium.element("mfa-setting-trustedRanges-entry-0")))
                    .isEqualTo("10.0.0.0/8");

            chromium.element("mfa-setting-trustedRanges-add").click();
            chromium.element("mfa-setting-trustedRanges-entry-1").sendKeys("2001:db8::/32");
            chromium.element("mfa-settings-save-trustedIps").click();
            chromium.element("mfa-settings-saved");
            assertThat(stored().get("trustedRanges"))
                    .isEqualTo(List.of("10.0.0.0/8", "2001:db8::/32"));

            chromium.element("mfa-setting-trustedRanges-add").click();
            chromium.element("mfa-setting-trustedRanges-entry-2").sendKeys("10.0.0.300");
            chromium.element("mfa-settings-save-trustedIps").click();
            assertThat(chromium.element("mfa-setting-error-trustedRanges").getText())
                    .contains("entry 3");
            assertThat(stored().get("trustedRanges"))
                    .isEqualTo(List.of("10.0.0.0/8", "2001:db8::/32"));

            chromium.element("mfa-setting-trustedRanges-remove-2").click();
            chromium.element("mfa-setting-trustedRanges-remove-0").click();
            chromium.element("mfa-settings-save-trustedIps").click();
            chromium.element("mfa-settings-saved");
            assertThat(stored().get("trustedRanges")).isEqualTo(List.of("2001:db8::/32"));
        }
    }

    @Test
    void anAdminEditsTheQuestionCatalogInTwoLanguages() {
        TestUser admin = settingsAdmin();
        try (var attributes = server.keepRealmAttributes()) {
            server.admin().put(QUESTIONS, catalog()).requireStatus(200);
            try (Chromium chromium = openSettings(admin, "admin-settings-questions")) {
                chromium.element("mfa-settings-tab-questions").click();
                assertThat(value(chromium.element("mfa-question-0-de"))).isEqualTo("Haustier?");

                // Reword and translate the first question; add one, left untranslated at first.
                replace(chromium.element("mfa-question-0-en"), "What was your first pet's name?");
                replace(chromium.element("mfa-question-0-de"), "Wie hieß Ihr erstes Haustier?");
                chromium.element("mfa-questions-add").click();
                chromium.element("mfa-question-5-en").sendKeys("Where did you meet your partner?");
                chromium.element("mfa-questions-save").click();
                assertThat(chromium.element("mfa-questions-refused").getText())
                        .contains("de text is empty");
                assertThat(questionIds())
                        .containsExactly("pet", "city", "school", "book", "street");

                // Translated, moved up one place, and another question removed: saved whole.
                chromium.element("mfa-question-5-de")
                        .sendKeys("Wo haben Sie Ihren Partner kennengelernt?");
                chromium.element("mfa-question-5-up").click();
                chromium.element("mfa-question-1-remove").click();
                chromium.element("mfa-questions-save").click();
                chromium.element("mfa-questions-saved");
                chromium.screenshot("admin-settings-questions");
            }
            JsonNode stored = server.admin().get(QUESTIONS).requireStatus(200).json();
            assertThat(questionIds())
                    .containsExactly("pet", "school", "book", "question-6", "street");
            assertThat(stored.at("/questions/0/text/en").asText())
                    .isEqualTo("What was your first pet's name?");
            assertThat(stored.at("/questions/0/text/de").asText())
                    .isEqualTo("Wie hieß Ihr erstes Haustier?");
            assertThat(stored.at("/questions/3/text/de").asText())
                    .isEqualTo("Wo haben Sie Ihren Partner kennengelernt?");
        }
    }

    @Test
    void anAdminWhoseLanguageIsGermanSeesTheScreenInGermanAndReadOnly() {
        TestUser admin = TestUser.withTotp(server);
        // view-realm only: may read the settings, not change them.
        AdminRoles.grant(server, admin, AdminRoles.REALM_MANAGEMENT, "view-realm");
        ObjectNode user =
                (ObjectNode) server.admin().get(REALM_PATH + "/users/" + admin.id()).json();
        user.putObject("attributes").putArray("locale").add("de");
        server.admin().put(REALM_PATH + "/users/" + admin.id(), user).requireStatus(204);

        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(admin);
            chromium.onFailureKeep("admin-settings-german");
            WebElement entry = chromium.element("nav-item-mfa-portal-settings");
            chromium.waitFor(d -> entry.getText().equals("Portal-Einstellungen") ? true : null);
            entry.click();

            assertThat(chromium.element("mfa-setting-group-bypassAllowed").getText())
                    .contains("Einmalige Umgehung durch Benutzer erlauben");
            assertThat(chromium.element("mfa-settings-tab-settings").getText())
                    .isEqualTo("Einstellungen");
            assertThat(chromium.element("mfa-setting-bypassDefaultSeconds").isEnabled()).isFalse();
            assertThat(chromium.has("mfa-settings-save-settings")).isFalse();
        }
    }

    /** A test user holding the portal's settings role (and view-realm, to use the console). */
    private TestUser settingsAdmin() {
        TestUser admin = TestUser.withTotp(server);
        AdminRoles.grant(server, admin, AdminRoles.REALM_MANAGEMENT, "view-realm");
        AdminRoles.grant(server, admin, AdminRoles.PORTAL, "manage-portal-settings");
        return admin;
    }

    /** Signs in to the console and opens the portal settings from its menu. */
    private Chromium openSettings(TestUser admin, String evidenceName) {
        Chromium chromium = new Chromium();
        chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
        chromium.signIn(admin);
        chromium.onFailureKeep(evidenceName);
        chromium.element("nav-item-mfa-portal-settings").click();
        chromium.element("mfa-settings-save-settings");
        return chromium;
    }

    private Map<String, Object> stored() {
        return server.admin().portalSettings(KeycloakServer.REALM);
    }

    private List<String> questionIds() {
        JsonNode questions =
                server.admin().get(QUESTIONS).requireStatus(200).json().path("questions");
        return java.util.stream.StreamSupport.stream(questions.spliterator(), false)
                .map(question -> question.path("id").asText())
                .toList();
    }

    private static Map<String, Object> catalog() {
        List<Map<String, Object>> questions =
                List.of("pet", "city", "school", "book", "street").stream()
                        .map(
                                id ->
                                        Map.<String, Object>of(
                                                "id",
                                                id,
                                                "text",
                                                Map.of(
                                                        "en",
                                                        id.equals("pet")
                                                                ? "Pet?"
                                                                : "The " + id + "?",
                                                        "de",
                                                        id.equals("pet")
                                                                ? "Haustier?"
                                                                : "Die " + id + "?")))
                        .toList();
        return Map.of(
                "defaultLanguage", "en", "languages", List.of("en", "de"), "questions", questions);
    }

    /** PatternFly's switch input is transparent; a person clicks its label. */
    private static WebElement switchOf(WebElement input) {
        return input.findElement(By.xpath(".."));
    }

    private static void replace(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static String value(WebElement input) {
        return input.getDomProperty("value");
    }
}
