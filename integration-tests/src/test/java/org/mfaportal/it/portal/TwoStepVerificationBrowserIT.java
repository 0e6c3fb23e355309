package org.mfaportal.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Two-step verification page in the account console, in Chromium, against the portal's account
 * REST API (/realms/{realm}/mfa-portal/account/...).
 */
@ExtendWith(KeycloakServer.Extension.class)
class TwoStepVerificationBrowserIT {

    private static final String REALM = KeycloakServer.REALM;

    private final KeycloakServer server;
    private final AdminClient admin;

    /** Whatever a story changes in the portal settings is put back after it. */
    private PortalSettingsScope settings;

    TwoStepVerificationBrowserIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    @BeforeEach
    void keepTheSettings() {
        settings = server.keepPortalSettings();
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void aSignedInUserSeesTheirMethodsAndWhichIsTheDefault() {
        TestUser user = TestUser.withTotp(server);
        try (Chromium chromium = signedIn(user)) {
            WebElement app = chromium.element("mfa-method-otp");

            assertThat(chromium.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Two-step verification");
            assertThat(app.getText()).contains("Authenticator app or OATH token", "Default");
            assertThat(chromium.has("mfa-locale")).isTrue();
            chromium.screenshot("two-step-verification");
        }
    }

    @Test
    void whatTheSettingsForbidIsNotShown() {
        admin.updatePortalSettings(
                        REALM,
                        Map.of(
                                "selectLanguageAllowed",
                                false,
                                "bypassAllowed",
                                false,
                                "selectMethodAllowed",
                                false))
                .requireStatus(200);
        TestUser user = userWithAppAndTexts();
        try (Chromium chromium = signedIn(user)) {
            chromium.element("mfa-method-mfa-sms");

            assertThat(chromium.has("mfa-locale")).isFalse();
            assertThat(chromium.has("mfa-bypass-start")).isFalse();
            assertThat(chromium.has("mfa-make-default")).isFalse();
            assertThat(chromium.has("mfa-extras"))
                    .as("no PIN, token association or questions by default")
                    .isFalse();
        }
    }

    @Test
    void theUserStartsChoosingSecurityQuestionsFromThePage() {
        admin.updatePortalSettings(REALM, Map.of("questionsFallback", true)).requireStatus(200);
        TestUser user = TestUser.withTotp(server);
        try (Chromium chromium = signedIn(user)) {
            WebElement questions = chromium.element("mfa-extra-questions");
            assertThat(questions.getText()).contains("Security questions", "Not set up");
            questions.findElement(By.cssSelector("[data-testid='mfa-extra-action']")).click();

            chromium.waitFor(
                    d -> d.findElements(By.id("mfa-questions-setup-form")).isEmpty() ? null : true);
        }
    }

    @Test
    void theUserMakesTextMessagesTheirDefault() {
        TestUser user = userWithAppAndTexts();
        try (Chromium chromium = signedIn(user)) {
            chromium.element("mfa-method-mfa-sms")
                    .findElement(By.cssSelector("[data-testid='mfa-make-default']"))
                    .click();

            chromium.waitFor(
                    d ->
                            chromium.element("mfa-method-mfa-sms").getText().contains("Default")
                                    ? true
                                    : null);
            assertThat(chromium.element("mfa-method-otp").getText()).doesNotContain("Default");
            assertThat(admin.credentialTypes(REALM, user.id()).indexOf("mfa-sms"))
                    .isLessThan(admin.credentialTypes(REALM, user.id()).indexOf("otp"));
        }
    }

    @Test
    void theUserSwitchesTheirLanguage() {
        TestUser user = TestUser.withTotp(server);
        try (Chromium chromium = signedIn(user)) {
            assertThat(chromium.element("mfa-locale").getAttribute("value"))
                    .as("the realm's default until chosen")
                    .isEqualTo("en");
            // As a keyboard user does: type the language's name on the select, then leave it
            // ("change" fires).
            chromium.element("mfa-locale").sendKeys("Deutsch", Keys.TAB);

            chromium.waitFor(
                    d ->
                            d.findElement(By.tagName("h1"))
                                            .getText()
                                            .equals("Bestätigung in zwei Schritten")
                                    ? true
                                    : null);
            chromium.waitFor(
                    d ->
                            d.findElements(By.cssSelector(".pf-v5-c-alert__title")).stream()
                                            .anyMatch(
                                                    toast ->
                                                            toast.getText()
                                                                    .contains(
                                                                            "Ihre Sprache wurde geändert."))
                                    ? true
                                    : null);
            assertThat(
                            admin.get("/admin/realms/" + REALM + "/users/" + user.id())
                                    .requireStatus(200)
                                    .json()
                                    .path("attributes")
                                    .path("locale")
                                    .get(0)
                                    .asText())
                    .isEqualTo("de");
        }
    }

    @Test
    void theUserStartsAndCancelsABypassOfTheSecondsTheyChose() {
        admin.updatePortalSettings(
                        REALM,
                        Map.of(
                                "bypassAllowed",
                                true,
                                "bypassUserChoosesSeconds",
                                true,
                                "bypassMaxSeconds",
                                3600))
                .requireStatus(200);
        TestUser user = TestUser.withTotp(server);
        try (Chromium chromium = signedIn(user)) {
            WebElement seconds = chromium.element("mfa-bypass-seconds");
            seconds.clear();
            seconds.sendKeys("600");
            long before = Instant.now().getEpochSecond();
            chromium.element("mfa-bypass-start").click();

            WebElement active = chromium.element("mfa-bypass-active");
            long expiresAt = Long.parseLong(active.getAttribute("data-expires-at"));
            assertThat(expiresAt).isBetween(before + 590, before + 620);
            chromium.screenshot("two-step-verification-bypass");

            chromium.element("mfa-bypass-cancel").click();
            chromium.element("mfa-bypass-start");
            assertThat(chromium.has("mfa-bypass-active")).isFalse();
        }
    }

    @Test
    void aBypassRefusedForWantOfARecentSecondStepSaysWhyAndTheUserConfirmsThenStartsIt() {
        admin.updatePortalSettings(REALM, Map.of("bypassAllowed", true)).requireStatus(200);
        TestUser user = TestUser.withTotp(server);
        try (Chromium chromium = signedIn(user);
                Clock clock = server.clock()) {
            assertThat(chromium.element("mfa-bypass-lasts").getText())
                    .as("the realm sets the length; the page says it, not 'the time you choose'")
                    .isEqualTo("A bypass lasts 5 minutes from when you start it.");

            clock.advance(Duration.ofMinutes(6));
            chromium.driver().navigate().refresh();
            WebElement refusal = chromium.element("mfa-bypass-unavailable");
            assertThat(refusal.getText())
                    .contains("only within 5 minutes after signing in with your second step");
            assertThat(chromium.has("mfa-bypass-start")).isFalse();
            chromium.screenshot("two-step-verification-bypass-refused");

            chromium.element("mfa-bypass-confirm").click();
            // Keycloak's own re-authentication: the password, then the second step (the next
            // period's code:
            // Keycloak refuses a TOTP code used before).
            chromium.waitFor(d -> d.findElements(By.id("password")).isEmpty() ? null : true);
            chromium.driver().findElement(By.id("password")).sendKeys(user.password());
            chromium.driver().findElement(By.id("kc-login")).click();
            chromium.waitFor(d -> d.findElements(By.id("otp")).isEmpty() ? null : true);
            chromium.driver()
                    .findElement(By.id("otp"))
                    .sendKeys(Totp.code(user.totpSecret(), Instant.now().getEpochSecond() + 30));
            chromium.driver().findElement(By.id("kc-login")).click();

            chromium.element("mfa-bypass-start").click();
            assertThat(chromium.element("mfa-bypass-active").getText())
                    .contains("A one-time bypass is active until");
        }
    }

    @Test
    void whenThePortalRefusesAChoiceThePageSaysWhyInTheConsolesAlert() {
        TestUser user = userWithAppAndTexts();
        try (Chromium chromium = signedIn(user)) {
            chromium.onFailureKeep("two-step-verification-refused");
            WebElement makeDefault =
                    chromium.element("mfa-method-mfa-sms")
                            .findElement(By.cssSelector("[data-testid='mfa-make-default']"));
            // The administrator forbids choosing while the page is open (restored after each test).
            admin.updatePortalSettings(REALM, Map.of("selectMethodAllowed", false))
                    .requireStatus(200);

            makeDefault.click();

            chromium.waitFor(
                    d ->
                            d
                                            .findElements(
                                                    By.cssSelector(
                                                            ".pf-v5-c-alert.pf-m-danger .pf-v5-c-alert__title"))
                                            .stream()
                                            .anyMatch(
                                                    alert ->
                                                            alert.getText()
                                                                    .contains(
                                                                            "The default method could not be changed: users may not choose their method in this realm"))
                                    ? true
                                    : null);
            assertThat(chromium.element("mfa-method-otp").getText()).contains("Default");
        }
    }

    @Test
    void signedOutElsewhereTheNextChoiceLeadsToTheSignInPageInsteadOfAnError() {
        TestUser user = userWithAppAndTexts();
        try (Chromium chromium = signedIn(user)) {
            chromium.onFailureKeep("two-step-verification-signed-out");
            WebElement makeDefault =
                    chromium.element("mfa-method-mfa-sms")
                            .findElement(By.cssSelector("[data-testid='mfa-make-default']"));
            // An administrator ends the user's sessions: the page's token is refused and can no
            // longer be refreshed.
            admin.post("/admin/realms/" + REALM + "/users/" + user.id() + "/logout", null)
                    .requireStatus(204);

            makeDefault.click();

            chromium.waitFor(d -> d.findElements(By.id("username")).isEmpty() ? null : true);
            assertThat(admin.credentialTypes(REALM, user.id()).indexOf("otp"))
                    .as("nothing changed")
                    .isLessThan(admin.credentialTypes(REALM, user.id()).indexOf("mfa-sms"));
        }
    }

    private Chromium signedIn(TestUser user) {
        Chromium chromium = new Chromium();
        chromium.open(server.realmUrl() + "/account/account-security/two-step-verification");
        chromium.signIn(user);
        chromium.element("mfa-methods");
        return chromium;
    }

    private TestUser userWithAppAndTexts() {
        String secret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        String id =
                admin.createUser(
                        REALM,
                        username,
                        password,
                        List.of(
                                Map.of(
                                        "type",
                                        "otp",
                                        "userLabel",
                                        "test authenticator",
                                        "secretData",
                                        "{\"value\":\"" + secret + "\"}",
                                        "credentialData",
                                        "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}"),
                                Map.of(
                                        "type",
                                        "mfa-sms",
                                        "userLabel",
                                        "phone",
                                        "credentialData",
                                        "{\"number\":\"" + TestUser.freshNumber() + "\"}",
                                        "secretData",
                                        "{}")));
        return new TestUser(id, username, password, secret);
    }
}
