package org.mfaportal.it.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.radius.RadiusOption;

/**
 * The RADIUS sign-in against Debian's FreeRADIUS (where the machine has it; `.ci/run` installs it):
 * an independent implementation checks our Message-Authenticator and we check its.
 */
@ExtendWith(KeycloakServer.Extension.class)
class FreeRadiusSignInIT {

    private final KeycloakServer server;

    FreeRadiusSignInIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void aFreeRadiusUserSignsInWithTheSecondStepAndAWrongPasswordIsRefused() throws Exception {
        assumeTrue(Files.isExecutable(FreeRadius.BINARY), "Debian's freeradius is not installed");
        TestUser hanna = TestUser.withTotp(server);
        String radiusPassword = "fr" + UUID.randomUUID().toString().replace("-", "");
        String secret = "fr" + UUID.randomUUID().toString().replace("-", "");
        try (FreeRadius freeRadius =
                        new FreeRadius(secret, Map.of(hanna.username(), radiusPassword));
                RadiusFlow flow = new RadiusFlow(server, config(freeRadius.address(), secret));
                Browser browser = server.browser()) {
            Page refused = flow.signIn(browser, hanna.username(), radiusPassword + "x");
            assertThat(refused.feedback()).isEqualTo("Invalid username or password.");
            assertThat(freeRadius.log()).contains("Login incorrect");

            Page otp = flow.signIn(browser, hanna.username(), radiusPassword);
            assertThat(otp.showsForm("kc-otp-login-form")).as(freeRadius.log()).isTrue();
            assertThat(
                            DemoApp.isSignedIn(
                                    otp.form("kc-otp-login-form")
                                            .fill("otp", hanna.currentCode())
                                            .submit()))
                    .isTrue();
            assertThat(freeRadius.log())
                    .contains("Login OK: [" + hanna.username() + "]")
                    .doesNotContain("invalid Message-Authenticator");
        }
    }

    private static Map<String, String> config(String address, String secret) {
        Map<String, String> config = new HashMap<>();
        config.put(RadiusOption.PRIMARY_SERVER.key(), address);
        config.put(RadiusOption.SHARED_SECRET.key(), secret);
        config.put(RadiusOption.TIMEOUT_MILLIS.key(), "3000");
        config.put(RadiusOption.RETRIES.key(), "0");
        return config;
    }
}
