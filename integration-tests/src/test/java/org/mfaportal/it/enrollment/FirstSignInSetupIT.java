package org.mfaportal.it.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

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

    private Page signIn(TestUser user) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            return app.signInWithPassword(browser, user.username(), user.password());
        }
    }
}
