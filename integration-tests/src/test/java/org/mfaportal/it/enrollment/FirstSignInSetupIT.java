package org.mfaportal.it.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.settings.PortalSetting;

/** The seed's "User Setup" page: what a user without a second step is offered, as the realm allows. */
@ExtendWith(KeycloakServer.Extension.class)
class FirstSignInSetupIT {

    private static final String OUTSIDE = "203.0.113.33";
    private static final String CHOICE = "mfa-setup-choice-form";
    private static final String BACK = "mfaBackToChoice";

    private final KeycloakServer server;
    private final DemoApp app;

    FirstSignInSetupIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @AfterEach
    void seedDefaults() {
        server.admin().updatePortalSettings(KeycloakServer.REALM, Map.of(PortalSetting.ENROLLMENT_ALLOWED.key(), true,
                PortalSetting.ENROLLMENT_ASKS_OATH_TOKEN.key(), false, PortalSetting.OATH_ASSOCIATION_ALLOWED.key(), false))
                .requireStatus(200);
    }

    @Test
    void theSetupPageOffersTheMethodsTheRealmAllows() {
        Page choice = signIn(TestUser.withoutSecondFactor(server));
        assertThat(choice.html().select("input[name=method]").eachAttr("value"))
                .containsExactly("mfa-voice-setup", "mfa-sms-setup", "mfa-push-setup", "CONFIGURE_TOTP");

        server.admin().updatePortalSettings(KeycloakServer.REALM, Map.of(PortalSetting.ENROLLMENT_ASKS_OATH_TOKEN.key(), true,
                PortalSetting.OATH_ASSOCIATION_ALLOWED.key(), true)).requireStatus(200);

        Page withTokens = signIn(TestUser.withoutSecondFactor(server));
        assertThat(withTokens.html().select("input[name=method]").eachAttr("value")).contains("mfa-oath-associate");
    }

    @Test
    void withoutEnrollmentAUserWithoutASecondStepGetsAClearMessageNotALoop() {
        server.admin().updatePortalSettings(KeycloakServer.REALM, Map.of(PortalSetting.ENROLLMENT_ALLOWED.key(), false))
                .requireStatus(200);

        Page refused = signIn(TestUser.withoutSecondFactor(server));

        assertThat(refused.showsForm(CHOICE)).isFalse();
        assertThat(DemoApp.isSignedIn(refused)).isFalse();
        assertThat(refused.body()).contains("setting one up here is turned off");
    }

    @Test
    void aSetupPageLeadsBackToTheChoiceOfMethodsAndAnotherMethodTakesOver() {
        TestUser user = TestUser.withoutSecondFactor(server);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page choice = app.signInWithPassword(browser, user.username(), user.password());
            Page numberEntry = choice.form(CHOICE).fill("method", "mfa-sms-setup").submit();
            assertThat(numberEntry.showsForm("mfa-phone-setup-form")).isTrue();
            assertThat(numberEntry.html().getElementById("mfa-back-to-choice").text()).isEqualTo("Back to the choice of methods");

            Page again = numberEntry.form("mfa-phone-setup-form").fill(BACK, "true").submit();
            assertThat(again.showsForm(CHOICE)).as("back at the choice, without the password again").isTrue();
            assertThat(again.html().select("input[name=method][checked]").attr("value")).isEqualTo("mfa-sms-setup");

            Page activation = again.form(CHOICE).fill("method", "mfa-push-setup").submit();
            assertThat(activation.showsForm("mfa-push-setup-form")).isTrue();
            Page thirdChoice = activation.form("mfa-push-setup-form").fill(BACK, "true").submit();

            Page callSetup = thirdChoice.form(CHOICE).fill("method", "mfa-voice-setup").submit();
            assertThat(callSetup.showsForm("mfa-phone-setup-form")).isTrue();
            assertThat(callSetup.html().getElementById("extension")).as("the call's setup asks for an extension").isNotNull();
        }
        JsonNode stored = server.admin().get("/admin/realms/" + KeycloakServer.REALM + "/users/" + user.id())
                .requireStatus(200).json();
        assertThat(stored.path("requiredActions").toString()).as("only the method chosen last is pending")
                .contains("mfa-voice-setup").doesNotContain("mfa-sms-setup").doesNotContain("mfa-push-setup");
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, user.id())).containsOnly("password");
    }

    private Page signIn(TestUser user) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            return app.signInWithPassword(browser, user.username(), user.password());
        }
    }
}
