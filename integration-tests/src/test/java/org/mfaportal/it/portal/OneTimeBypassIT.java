package org.mfaportal.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.settings.PortalSetting;

/**
 * The seed's one-time bypass: started by the user after a real second step (or by an admin), used
 * once.
 */
@ExtendWith(KeycloakServer.Extension.class)
class OneTimeBypassIT {

    private static final String OUTSIDE = "203.0.113.44";
    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String BYPASS =
            "/realms/" + KeycloakServer.REALM + "/mfa-portal/account/bypass";

    private final KeycloakServer server;
    private final DemoApp app;

    /**
     * Opened before each story, closed after it: the story leaves the settings as it found them.
     */
    private PortalSettingsScope settings;

    OneTimeBypassIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @BeforeEach
    void allowBypass() {
        settings =
                server.portalSettings(
                        Map.of(
                                PortalSetting.BYPASS_ALLOWED.key(),
                                true,
                                PortalSetting.BYPASS_USER_CHOOSES_SECONDS.key(),
                                false,
                                PortalSetting.TRUSTED_RANGES.key(),
                                List.of("10.66.0.0/16")));
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void aBypassStartedAfterASecondStepSkipsTheNextSignInOnlyOnce() {
        TestUser amy = TestUser.withTotp(server);
        String token = signInWithCode(amy);

        AdminClient.Reply started = server.admin().sendWithToken("POST", BYPASS, Map.of(), token);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().get("expiresAt").asLong())
                .isGreaterThan(System.currentTimeMillis() / 1000 + 290);

        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            assertThat(
                            DemoApp.isSignedIn(
                                    app.signInWithPassword(
                                            browser, amy.username(), amy.password())))
                    .as("skipped")
                    .isTrue();
        }
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            assertThat(
                            app.signInWithPassword(browser, amy.username(), amy.password())
                                    .showsForm(OTP_FORM))
                    .as("used up")
                    .isTrue();
        }
        JsonNode skipped = server.admin().events(KeycloakServer.REALM, amy.id(), "LOGIN").get(0);
        assertThat(skipped.path("details").path("mfa_skipped").asText()).isEqualTo("bypass");
        JsonNode grant =
                server.admin().events(KeycloakServer.REALM, amy.id(), "UPDATE_CREDENTIAL").get(0);
        assertThat(grant.path("details").path("mfa_bypass_seconds").asText()).isEqualTo("300");
    }

    @Test
    void twoSignInsRacingForOneBypassUseItAtMostOnce() throws Exception {
        TestUser bea = TestUser.withTotp(server);
        server.admin()
                .post(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/mfa-portal/users/"
                                + bea.id()
                                + "/bypass",
                        Map.of())
                .requireStatus(201);
        List<Page> loginPages = new ArrayList<>();
        List<Browser> browsers =
                List.of(
                        server.browser().forwardedFor(OUTSIDE),
                        server.browser().forwardedFor(OUTSIDE));
        for (Browser browser : browsers) {
            loginPages.add(app.startSignIn(browser));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Page>> results = new ArrayList<>();
            for (Page login : loginPages) {
                Callable<Page> submit =
                        () ->
                                login.form("kc-form-login")
                                        .fill("username", bea.username())
                                        .fill("password", bea.password())
                                        .submit();
                results.add(pool.submit(submit));
            }
            int skipped = 0;
            for (Future<Page> result : results) {
                skipped += DemoApp.isSignedIn(result.get()) ? 1 : 0;
            }
            assertThat(skipped).isEqualTo(1);
        } finally {
            pool.shutdown();
            browsers.forEach(Browser::close);
        }
    }

    @Test
    void aBypassExpires() {
        TestUser cal = TestUser.withTotp(server);
        server.admin()
                .post(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/mfa-portal/users/"
                                + cal.id()
                                + "/bypass",
                        Map.of("seconds", 60))
                .requireStatus(201);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(
                            app.signInWithPassword(browser, cal.username(), cal.password())
                                    .showsForm(OTP_FORM))
                    .isTrue();
        }
    }

    @Test
    void aPasswordOnlySessionCannotGrantItselfABypass() {
        TestUser dee = TestUser.withTotp(server);
        String token;
        try (Browser browser = server.browser().forwardedFor("10.66.1.2")) {
            // From the office the second step is skipped: this session never passed one.
            token =
                    app.accessToken(
                            app.signInWithPassword(browser, dee.username(), dee.password()));
        }

        AdminClient.Reply refused = server.admin().sendWithToken("POST", BYPASS, Map.of(), token);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("recent_second_step_required");
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            assertThat(
                            app.signInWithPassword(browser, dee.username(), dee.password())
                                    .showsForm(OTP_FORM))
                    .isTrue();
        }
    }

    @Test
    void theSecondStepMustBeRecent() {
        TestUser eli = TestUser.withTotp(server);
        String token;
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            token = signInWithCode(eli, browser);
            clock.advance(Duration.ofMinutes(6));
            assertThat(server.admin().sendWithToken("POST", BYPASS, Map.of(), token).status())
                    .isIn(401, 403);
        }
    }

    @Test
    void secondsAreTheUsersOnlyWhereAllowedAndWithinTheMaximum() {
        TestUser fox = TestUser.withTotp(server);
        String token = signInWithCode(fox);
        AdminClient.Reply notAllowed =
                server.admin().sendWithToken("POST", BYPASS, Map.of("seconds", 600), token);
        assertThat(notAllowed.status()).isEqualTo(400);

        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM,
                        Map.of(PortalSetting.BYPASS_USER_CHOOSES_SECONDS.key(), true))
                .requireStatus(200);
        assertThat(
                        server.admin()
                                .sendWithToken("POST", BYPASS, Map.of("seconds", 99_999), token)
                                .json()
                                .get("error_description")
                                .asText())
                .contains("from 30 to 3600");
        AdminClient.Reply chosen =
                server.admin().sendWithToken("POST", BYPASS, Map.of("seconds", 600), token);
        assertThat(chosen.status()).isEqualTo(201);
        assertThat(server.admin().sendWithToken("DELETE", BYPASS, null, token).status())
                .isEqualTo(204);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            assertThat(
                            app.signInWithPassword(browser, fox.username(), fox.password())
                                    .showsForm(OTP_FORM))
                    .as("cancelled")
                    .isTrue();
        }
    }

    private String signInWithCode(TestUser user) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            return signInWithCode(user, browser);
        }
    }

    private String signInWithCode(TestUser user, Browser browser) {
        Page otp = app.signInWithPassword(browser, user.username(), user.password());
        return app.accessToken(otp.form(OTP_FORM).fill("otp", user.currentCode()).submit());
    }
}
