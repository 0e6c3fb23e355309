package org.mfaportal.it.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.BruteForce;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.settings.PortalSetting;

/**
 * The seed's "User Setup" page: what a user without a second step is offered, as the realm allows.
 */
@ExtendWith(KeycloakServer.Extension.class)
class FirstSignInSetupIT {

    private static final String OUTSIDE = "203.0.113.33";
    private static final String CHOICE = "mfa-setup-choice-form";
    private static final String BACK = "mfaBackToChoice";
    private static final String PHONE_SETUP = "mfa-phone-setup-form";
    private static final String TRY_ANOTHER_WAY = "kc-select-try-another-way-form";

    private final KeycloakServer server;
    private final DemoApp app;

    /** Whatever a story changes in the portal settings is put back after it. */
    private PortalSettingsScope settings;

    FirstSignInSetupIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
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
    void theSetupPageOffersTheMethodsTheRealmAllows() {
        Page choice = signIn(TestUser.withoutSecondFactor(server));
        assertThat(choice.html().select("input[name=method]").eachAttr("value"))
                .containsExactly(
                        "mfa-voice-setup", "mfa-sms-setup", "mfa-push-setup", "CONFIGURE_TOTP");

        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM,
                        Map.of(
                                PortalSetting.ENROLLMENT_ASKS_OATH_TOKEN.key(),
                                true,
                                PortalSetting.OATH_ASSOCIATION_ALLOWED.key(),
                                true))
                .requireStatus(200);

        Page withTokens = signIn(TestUser.withoutSecondFactor(server));
        assertThat(withTokens.html().select("input[name=method]").eachAttr("value"))
                .contains("mfa-oath-associate");
    }

    @Test
    void withoutEnrollmentAUserWithoutASecondStepGetsAClearMessageNotALoop() {
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM, Map.of(PortalSetting.ENROLLMENT_ALLOWED.key(), false))
                .requireStatus(200);

        TestUser user = TestUser.withoutSecondFactor(server);
        Page refused = signIn(user);

        assertThat(refused.showsForm(CHOICE)).isFalse();
        assertThat(DemoApp.isSignedIn(refused)).isFalse();
        assertThat(refused.body()).contains("setting one up here is turned off");
        // Recorded, but not a failed attempt: the user did nothing wrong and is not locked out
        // by coming back.
        JsonNode event =
                server.admin().events(KeycloakServer.REALM, user.id(), "LOGIN_ERROR").get(0);
        assertThat(event.path("error").asText()).isEqualTo("not_allowed");
        assertThat(signIn(user).body()).contains("setting one up here is turned off");
        assertThat(new BruteForce(server).failures(user.id())).isZero();
    }

    @Test
    void aSetupPageLeadsBackToTheChoiceOfMethodsAndAnotherMethodTakesOver() {
        TestUser user = TestUser.withoutSecondFactor(server);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page choice = app.signInWithPassword(browser, user.username(), user.password());
            Page numberEntry = choice.form(CHOICE).fill("method", "mfa-sms-setup").submit();
            assertThat(numberEntry.showsForm("mfa-phone-setup-form")).isTrue();
            assertThat(numberEntry.html().getElementById("mfa-back-to-choice").text())
                    .isEqualTo("Back to the choice of methods");

            Page again = numberEntry.form("mfa-phone-setup-form").fill(BACK, "true").submit();
            assertThat(again.showsForm(CHOICE))
                    .as("back at the choice, without the password again")
                    .isTrue();
            assertThat(again.html().select("input[name=method][checked]").attr("value"))
                    .isEqualTo("mfa-sms-setup");

            Page activation = again.form(CHOICE).fill("method", "mfa-push-setup").submit();
            assertThat(activation.showsForm("mfa-push-setup-form")).isTrue();
            Page thirdChoice = activation.form("mfa-push-setup-form").fill(BACK, "true").submit();

            Page callSetup = thirdChoice.form(CHOICE).fill("method", "mfa-voice-setup").submit();
            assertThat(callSetup.showsForm("mfa-phone-setup-form")).isTrue();
            assertThat(callSetup.html().getElementById("extension"))
                    .as("the call's setup asks for an extension")
                    .isNotNull();
        }
        JsonNode stored =
                server.admin()
                        .get("/admin/realms/" + KeycloakServer.REALM + "/users/" + user.id())
                        .requireStatus(200)
                        .json();
        assertThat(stored.path("requiredActions").toString())
                .as("only the method chosen last is pending")
                .contains("mfa-voice-setup")
                .doesNotContain("mfa-sms-setup")
                .doesNotContain("mfa-push-setup");
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, user.id()))
                .containsOnly("password");
    }

    /**
     * Issue 11.2: a setup chosen, started ("Text Me Now", the app's activation code) and left with
     * the browser closed. The next sign-in, in the same browser or another, leads back to the
     * choice; a wrong password gets the login form, as for anyone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"mfa-sms-setup", "mfa-push-setup", "mfa-voice-setup"})
    void aSetupLeftHalfWayLeadsBackToTheChoiceAtTheNextSignIn(String method) {
        TestUser ivy = TestUser.withoutSecondFactor(server);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page setup =
                    app.signInWithPassword(browser, ivy.username(), ivy.password())
                            .form(CHOICE)
                            .fill("method", method)
                            .submit();
            assertThat(setup.status()).isEqualTo(200);
            if (setup.showsForm(PHONE_SETUP)) {
                setup.form(PHONE_SETUP).fill("number", TestUser.freshNumber()).submit();
            }

            Page sameBrowser = app.signInWithPassword(browser, ivy.username(), ivy.password());
            assertThat(sameBrowser.showsForm(CHOICE))
                    .as(sameBrowser.status() + " " + sameBrowser.feedback())
                    .isTrue();
        }
        try (Browser another = server.browser().forwardedFor(OUTSIDE)) {
            Page wrong = app.signInWithPassword(another, ivy.username(), "not-" + ivy.password());
            assertThat(wrong.showsForm("kc-form-login")).isTrue();
            assertThat(wrong.feedback()).isEqualTo("Invalid username or password.");

            Page choice = app.signInWithPassword(another, ivy.username(), ivy.password());
            assertThat(choice.status()).isEqualTo(200);
            assertThat(choice.showsForm(CHOICE))
                    .as(choice.status() + " " + choice.feedback())
                    .isTrue();
            assertThat(
                            choice.form(CHOICE)
                                    .fill("method", "mfa-sms-setup")
                                    .submit()
                                    .showsForm(PHONE_SETUP))
                    .isTrue();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, ivy.id()))
                .containsExactly("password");
    }

    /**
     * Locked between the password and the choice (another tab's wrong passwords): the choice is
     * refused too.
     */
    @Test
    void aUserLockedWhileOnTheChoicePageIsRefusedThere() {
        TestUser lou = TestUser.withoutSecondFactor(server);
        BruteForce bruteForce = new BruteForce(server);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page choice = app.signInWithPassword(browser, lou.username(), lou.password());
            bruteForce.lockWithWrongPasswords(lou);
            int failures = bruteForce.failures(lou.id());

            Page refused = choice.form(CHOICE).fill("method", "mfa-sms-setup").submit();

            assertThat(refused.showsForm(PHONE_SETUP)).isFalse();
            assertThat(refused.body()).contains(BruteForce.LOCKED_MESSAGE);
            assertThat(bruteForce.locked(lou.id())).isTrue();
            assertThat(bruteForce.failures(lou.id())).isEqualTo(failures);
            String pending =
                    server.admin()
                            .get("/admin/realms/" + KeycloakServer.REALM + "/users/" + lou.id())
                            .requireStatus(200)
                            .json()
                            .path("requiredActions")
                            .toString();
            assertThat(pending).doesNotContain("mfa-sms-setup");
        } finally {
            bruteForce.release(lou.id());
        }
    }

    /**
     * Issue 11.5: the setup choice is for users without a method; "Try another way" never offers it
     * to others.
     */
    @Test
    void tryAnotherWayOffersAUserTheirOwnMethodsNeverTheSetupChoice() {
        // An authenticator app (the default) and text messages: two ways, both offered.
        TestUser kai = TestUser.withTotpAndTextMessages(server, TestUser.freshNumber());
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page appCode = app.signInWithPassword(browser, kai.username(), kai.password());
            Page others = appCode.form(TRY_ANOTHER_WAY).submit();
            List<String> offered =
                    others.html()
                            .select("li:has(input[name=authenticationExecution]) h2")
                            .eachText();
            assertThat(offered)
                    .hasSize(2)
                    .noneMatch(
                            name -> name.contains("setup-choice") || name.contains("display-name"));
        }

        // One method only: nothing else to try, so no dead end to choose.
        Page onlyTexts = signIn(TestUser.withTextMessages(server, TestUser.freshNumber()));
        assertThat(onlyTexts.showsForm("mfa-sms-code-form")).isTrue();
        assertThat(onlyTexts.showsForm(TRY_ANOTHER_WAY)).isFalse();
    }

    private Page signIn(TestUser user) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            return app.signInWithPassword(browser, user.username(), user.password());
        }
    }
}
