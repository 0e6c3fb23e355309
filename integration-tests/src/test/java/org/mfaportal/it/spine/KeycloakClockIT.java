package org.mfaportal.it.spine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;

/** The test kit moves Keycloak's clock instead of sleeping: an idle session expires at once. */
@ExtendWith(KeycloakServer.Extension.class)
class KeycloakClockIT {

    private final KeycloakServer server;
    private final DemoApp app;

    KeycloakClockIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @Test
    void aSessionIdleLongerThanTheRealmAllowsAsksForThePasswordAgain() {
        TestUser carol = TestUser.withTotp(server);
        try (Browser browser = server.browser().forwardedFor("203.0.113.20");
                Clock clock = server.clock()) {
            var otp = app.signInWithPassword(browser, carol.username(), carol.password());
            assertThat(
                            DemoApp.isSignedIn(
                                    otp.form("kc-otp-login-form")
                                            .fill("otp", carol.currentCode())
                                            .submit()))
                    .isTrue();
            assertThat(DemoApp.isSignedIn(app.startSignIn(browser)))
                    .as("single sign-on while the session lives")
                    .isTrue();

            clock.advance(Duration.ofMinutes(31)); // the realm's SSO idle timeout is 30 minutes

            assertThat(app.startSignIn(browser).showsForm("kc-form-login")).isTrue();
        }
    }
}
