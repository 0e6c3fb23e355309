package org.mfaportal.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * The demo realm's account console is the mfa-portal theme: its own bundle (Keycloak's pages from
 * the npm library plus the Two-step verification entry), with its texts in the realm's languages.
 */
@ExtendWith(KeycloakServer.Extension.class)
class AccountConsoleIT {

    private static final Pattern ENTRY_SCRIPT =
            Pattern.compile("src=\"([^\"]*/account/mfa-portal/assets/main-[^\"]+\\.js)\"");

    private final KeycloakServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    AccountConsoleIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void theConsoleLoadsTheThemesOwnBundleAndMenu() throws Exception {
        String page = get(server.realmUrl() + "/account/").body();

        Matcher entry = ENTRY_SCRIPT.matcher(page);
        assertThat(entry.find()).as("entry script of the mfa-portal theme in %s", page).isTrue();
        HttpResponse<String> script =
                get(URI.create(server.base().toString()).resolve(entry.group(1)).toString());
        assertThat(script.statusCode()).isEqualTo(200);
        String resources = entry.group(1).substring(0, entry.group(1).indexOf("/assets/"));
        JsonNode menu =
                new ObjectMapper()
                        .readTree(
                                get(server.base().resolve(resources + "/content.json").toString())
                                        .body());
        assertThat(menu.findValuesAsText("path"))
                .contains("account-security/two-step-verification", "account-security/signing-in");
    }

    @Test
    void thePagesTextsComeFromTheThemeInEveryLanguage() throws Exception {
        assertThat(text("en", "mfaPortalTwoStepTitle")).isEqualTo("Two-step verification");
        assertThat(text("de", "mfaPortalTwoStepTitle")).isEqualTo("Bestätigung in zwei Schritten");
        assertThat(text("fr", "mfaPortalTwoStepTitle")).isEqualTo("Validation en deux étapes");
        assertThat(text("es", "mfaPortalTwoStepTitle")).isEqualTo("Verificación en dos pasos");
        assertThat(text("ja", "mfaPortalTwoStepTitle")).isEqualTo("2 段階認証");
        assertThat(text("de", "signingIn")).as("keycloak.v3's own texts still there").isNotBlank();
    }

    private String text(String language, String key) throws Exception {
        JsonNode messages =
                new ObjectMapper()
                        .readTree(
                                get(server.base()
                                                .resolve(
                                                        "/resources/"
                                                                + KeycloakServer.REALM
                                                                + "/account/"
                                                                + language)
                                                .toString())
                                        .body());
        for (JsonNode message : messages) {
            if (key.equals(message.path("key").asText())) {
                return message.path("value").asText();
            }
        }
        return null;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
