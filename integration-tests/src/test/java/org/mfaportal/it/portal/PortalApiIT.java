package org.mfaportal.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.BruteForce;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.settings.PortalSetting;

/**
 * The portal page's API: methods and the default one, language; bad input and wrong tokens refused.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PortalApiIT {

    private static final String OUTSIDE = "203.0.113.55";
    private static final String API = "/realms/" + KeycloakServer.REALM + "/mfa-portal/account/";

    private final KeycloakServer server;
    private final DemoApp app;
    private final FakeTwilio twilio;

    PortalApiIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
        this.twilio = server.twilio();
    }

    @Test
    void theDefaultMethodIsWhatSignInTriesFirst() {
        String number = TestUser.freshNumber();
        TestUser gil = TestUser.withTotpAndTextMessages(server, number);
        String token = tokenFor(gil);
        JsonNode before = overview(token);
        assertThat(before.path("methods").findValuesAsText("type"))
                .containsExactly("mfa-voice", "mfa-sms", "mfa-push", "otp");
        // The account page names each method in the user's language from the keys the catalog
        // gives.
        assertThat(before.path("methods").findValuesAsText("displayNameKey"))
                .containsExactly(
                        "mfaVoiceDisplayName",
                        "mfaSmsDisplayName",
                        "mfaPushDisplayName",
                        "mfaOathDisplayName");
        assertThat(before.path("methods").findValuesAsText("helpTextKey"))
                .containsExactly(
                        "mfaVoiceHelpText", "mfaSmsHelpText", "mfaPushHelpText", "mfaOathHelpText");
        assertThat(defaultType(before)).isEqualTo("otp");

        AdminClient.Reply notSetUp =
                server.admin()
                        .sendWithToken(
                                "PUT", API + "default-method", Map.of("type", "mfa-voice"), token);
        assertThat(notSetUp.status()).isEqualTo(400);
        assertThat(notSetUp.json().get("error_description").asText()).contains("you have set up");
        assertThat(
                        server.admin()
                                .sendWithToken(
                                        "PUT",
                                        API + "default-method",
                                        Map.of("type", "mfa-sms"),
                                        token)
                                .status())
                .isEqualTo(204);

        assertThat(defaultType(overview(token))).isEqualTo("mfa-sms");
        int textsBefore = twilio.textsTo(number).size();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page next = app.signInWithPassword(browser, gil.username(), gil.password());
            assertThat(next.showsForm("mfa-sms-code-form")).as("text messages first now").isTrue();
        }
        assertThat(twilio.textsTo(number)).hasSize(textsBefore + 1);
    }

    @Test
    void languageFollowsTheUsersChoiceWithinTheRealmsLanguages() {
        TestUser hal = TestUser.withTotp(server);
        String token = tokenFor(hal);
        assertThat(overview(token).get("locale").asText())
                .as("never chosen: the realm's default")
                .isEqualTo("en");

        assertThat(
                        server.admin()
                                .sendWithToken("PUT", API + "locale", Map.of("locale", "xx"), token)
                                .status())
                .isEqualTo(400);
        assertThat(overview(token).get("locale").asText())
                .as("nothing stored on bad input")
                .isEqualTo("en");
        assertThat(
                        server.admin()
                                .sendWithToken("PUT", API + "locale", Map.of("locale", "ja"), token)
                                .status())
                .isEqualTo(204);

        assertThat(overview(token).get("locale").asText()).isEqualTo("ja");
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page otp = app.signInWithPassword(browser, hal.username(), hal.password());
            assertThat(otp.html().select("html").attr("lang")).isEqualTo("ja");
        }
    }

    @Test
    void whatTheRealmForbidsIsRefused() {
        TestUser ida = TestUser.withTotp(server);
        String token = tokenFor(ida);
        try (var settings =
                server.portalSettings(Map.of(PortalSetting.SELECT_LANGUAGE_ALLOWED.key(), false))) {
            assertThat(overview(token).path("settings").path("selectLanguageAllowed").asBoolean())
                    .isFalse();
            assertThat(
                            server.admin()
                                    .sendWithToken(
                                            "PUT", API + "locale", Map.of("locale", "de"), token)
                                    .status())
                    .isEqualTo(403);
        }
    }

    @Test
    void pinTokenAndQuestionsAreOfferedWhereTheSettingsUseThem() {
        TestUser jo = TestUser.withTotpAndTextMessages(server, TestUser.freshNumber());
        String token = tokenFor(jo);
        assertThat(extras(overview(token)))
                .as("seed defaults: no PIN, no association, no questions")
                .isEmpty();

        Map<String, Object> on =
                Map.of(
                        PortalSetting.PIN_REQUIRED.key(),
                        true,
                        PortalSetting.OATH_ASSOCIATION_ALLOWED.key(),
                        true,
                        PortalSetting.QUESTIONS_FALLBACK.key(),
                        true);
        try (var settings = server.portalSettings(on)) {
            JsonNode extras = overview(token).path("extras");
            assertThat(extras(overview(token))).containsExactly("pin", "oath-token", "questions");
            assertThat(extras.get(0).path("action").asText()).isEqualTo("mfa-pin-update");
            assertThat(extras.get(0).path("configured").asBoolean()).isFalse();
            assertThat(extras.get(1).path("action").asText()).isEqualTo("mfa-oath-associate");
            assertThat(extras.get(2).path("action").asText()).isEqualTo("mfa-questions-setup");
        }
    }

    /**
     * Locked by someone's wrong passwords, a portal page opened before changes none of the user's
     * factors.
     */
    @Test
    void aLockedUserChangesNoFactorFromAnOpenPortalPage() {
        TestUser lia = TestUser.withTotpAndTextMessages(server, TestUser.freshNumber());
        String token = tokenFor(lia);
        BruteForce bruteForce = new BruteForce(server);
        try (var bypassOn =
                server.portalSettings(Map.of(PortalSetting.BYPASS_ALLOWED.key(), true))) {
            bruteForce.lockWithWrongPasswords(lia);

            AdminClient.Reply method =
                    server.admin()
                            .sendWithToken(
                                    "PUT",
                                    API + "default-method",
                                    Map.of("type", "mfa-sms"),
                                    token);
            AdminClient.Reply bypass =
                    server.admin().sendWithToken("POST", API + "bypass", Map.of(), token);
            AdminClient.Reply device =
                    server.admin().sendWithToken("DELETE", API + "devices/any", null, token);

            for (AdminClient.Reply refused : List.of(method, bypass, device)) {
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.json().path("error").asText()).isEqualTo("user_locked");
                assertThat(refused.json().path("error_description").asText())
                        .contains("try again later");
            }
            JsonNode after = overview(token);
            assertThat(defaultType(after)).isEqualTo("otp");
            assertThat(after.path("bypass").path("active").asBoolean()).isFalse();
            assertThat(after.path("canStartBypass").asBoolean())
                    .as("no bypass offered while locked")
                    .isFalse();

            // Unlocked, the same page may choose again: the refusal was the lock, nothing else.
            bruteForce.release(lia.id());
            assertThat(
                            server.admin()
                                    .sendWithToken(
                                            "PUT",
                                            API + "default-method",
                                            Map.of("type", "mfa-sms"),
                                            token)
                                    .status())
                    .isEqualTo(204);
        } finally {
            bruteForce.release(lia.id());
        }
    }

    @Test
    void onlyTheUsersOwnAccountTokenIsAccepted() {
        assertThat(server.admin().sendAnonymously("GET", API + "overview", null).status())
                .isEqualTo(401);
        // The master admin's token is not an account-console token of this realm's user.
        assertThat(server.admin().get(API + "overview").status()).isEqualTo(401);
    }

    private String tokenFor(TestUser user) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page otp = app.signInWithPassword(browser, user.username(), user.password());
            return app.accessToken(
                    otp.form("kc-otp-login-form").fill("otp", user.currentCode()).submit());
        }
    }

    private JsonNode overview(String token) {
        return server.admin()
                .sendWithToken("GET", API + "overview", null, token)
                .requireStatus(200)
                .json();
    }

    private static List<String> extras(JsonNode overview) {
        List<String> ids = new ArrayList<>();
        overview.path("extras").forEach(extra -> ids.add(extra.path("id").asText()));
        return ids;
    }

    private static String defaultType(JsonNode overview) {
        for (JsonNode method : overview.path("methods")) {
            if (method.path("isDefault").asBoolean()) {
                return method.path("type").asText();
            }
        }
        return null;
    }
}
