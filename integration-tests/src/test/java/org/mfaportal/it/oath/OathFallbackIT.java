package org.mfaportal.it.oath;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.Totp;
import org.mfaportal.oath.OathAuthenticatorFactory;
import org.mfaportal.oath.OathMessages;
import org.mfaportal.settings.PortalSetting;

/**
 * The seed's "OATH token as fallback": a user whose default is text messages also holds an
 * authenticator app. Where the realm allows it, the phone out of reach, they pick the token under
 * "Try another way", within the fallback session. A user whose default is the token is not affected
 * by the setting.
 */
@ExtendWith(KeycloakServer.Extension.class)
class OathFallbackIT {

    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String SMS_FORM = "mfa-sms-code-form";
    private static final String TRY_ANOTHER_WAY = "kc-select-try-another-way-form";
    private static final String OUTSIDE = "203.0.113.77";

    private final KeycloakServer server;
    private final DemoApp app;

    /** Whatever a story changes in the portal settings is put back after it. */
    private PortalSettingsScope settings;

    OathFallbackIT(KeycloakServer server) {
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
    void withTheFallbackOffATextMessageUserIsNotOfferedTheirToken() {
        TestUser ann = TestUser.withTextMessagesAndTotp(server, TestUser.freshNumber());
        fallback(false);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page codePage = app.signInWithPassword(browser, ann.username(), ann.password());
            assertThat(codePage.showsForm(SMS_FORM)).as("the default method first").isTrue();
            if (codePage.showsForm(TRY_ANOTHER_WAY)) {
                Page selection = codePage.form(TRY_ANOTHER_WAY).submit();
                assertThat(
                                selection
                                        .html()
                                        .select("input[name=authenticationExecution]")
                                        .eachAttr("value"))
                        .doesNotContain(oathExecutionId());
            }
        }
    }

    @Test
    void withTheFallbackOnTheUserSignsInWithTheirTokenInstead() {
        TestUser ben = TestUser.withTextMessagesAndTotp(server, TestUser.freshNumber());
        fallback(true);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page tokenForm =
                    tryTokenInstead(
                            app.signInWithPassword(browser, ben.username(), ben.password()));

            // Keycloak checks TOTP codes against the wall clock, not its time offset.
            Page done = tokenForm.form(OTP_FORM).fill("otp", ben.currentCode()).submit();

            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, ben.id(), "LOGIN").get(0);
        assertThat(login.path("details").path("mfa_method").asText()).isEqualTo("otp");
        assertThat(login.path("details").path("mfa_oath_fallback").asText()).isEqualTo("true");
    }

    @Test
    void afterTheFallbackSessionEvenTheRightCodeIsRefusedUncountedUntilTheSignInStartsAgain() {
        TestUser cy = TestUser.withTextMessagesAndTotp(server, TestUser.freshNumber());
        fallback(true);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            Page tokenForm =
                    tryTokenInstead(app.signInWithPassword(browser, cy.username(), cy.password()));
            clock.advance(Duration.ofMinutes(5).plusSeconds(30));

            Page refused = tokenForm.form(OTP_FORM).fill("otp", cy.currentCode()).submit();

            assertThat(refused.showsForm(OTP_FORM)).isTrue();
            assertThat(refused.feedback()).isEqualTo(englishMessage(OathMessages.FALLBACK_EXPIRED));

            // Started again: a new session. Its wrong code is the only failure brute-force
            // protection saw.
            tokenForm =
                    tryTokenInstead(app.signInWithPassword(browser, cy.username(), cy.password()));
            String wrong = cy.currentCode().equals("000000") ? "111111" : "000000";
            tokenForm = tokenForm.form(OTP_FORM).fill("otp", wrong).submit();
            assertThat(tokenForm.showsForm(OTP_FORM)).isTrue();
            assertThat(server.admin().failedLogins(KeycloakServer.REALM, cy.id(), 1)).isEqualTo(1);

            assertThat(
                            DemoApp.isSignedIn(
                                    tokenForm
                                            .form(OTP_FORM)
                                            .fill("otp", cy.currentCode())
                                            .submit()))
                    .isTrue();
        }
    }

    @Test
    void aUserWhoseDefaultIsTheTokenSignsInWhateverTheSettingAndWithoutTimeLimit() {
        TestUser dee = TestUser.withTotpAndTextMessages(server, TestUser.freshNumber());
        fallback(false);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page tokenForm = app.signInWithPassword(browser, dee.username(), dee.password());
            assertThat(
                            DemoApp.isSignedIn(
                                    tokenForm
                                            .form(OTP_FORM)
                                            .fill("otp", dee.currentCode())
                                            .submit()))
                    .isTrue();
        }

        fallback(true);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            Page tokenForm = app.signInWithPassword(browser, dee.username(), dee.password());
            clock.advance(Duration.ofMinutes(10));
            // The next period's code (inside Keycloak's look-around): Keycloak refuses a code used
            // before.
            String next = Totp.code(dee.totpSecret(), Instant.now().getEpochSecond() + 30);

            assertThat(DemoApp.isSignedIn(tokenForm.form(OTP_FORM).fill("otp", next).submit()))
                    .isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, dee.id(), "LOGIN").get(0);
        assertThat(login.path("details").path("mfa_oath_fallback").asText()).isEqualTo("false");
    }

    @Test
    void tryAnotherWayIsWrittenInSentenceCaseLikeTheButtonsAroundIt() {
        TestUser eve = TestUser.withTextMessagesAndTotp(server, TestUser.freshNumber());
        // The token as a fallback: a second way, so Keycloak shows its link.
        try (var fallbackOn =
                        server.portalSettings(Map.of(PortalSetting.OATH_FALLBACK.key(), true));
                Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page codePage = app.signInWithPassword(browser, eve.username(), eve.password());

            assertThat(codePage.html().getElementById("try-another-way").text())
                    .isEqualTo("Try another way");
        }
    }

    // ---- helpers ----

    private void fallback(boolean on) {
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM, Map.of(PortalSetting.OATH_FALLBACK.key(), on))
                .requireStatus(200);
    }

    /** From the text-message page: "Try another way", then the token. */
    private Page tryTokenInstead(Page codePage) {
        assertThat(codePage.showsForm(SMS_FORM)).as("the default method first").isTrue();
        Page selection = codePage.form(TRY_ANOTHER_WAY).submit();
        List<String> offered =
                selection.html().select("input[name=authenticationExecution]").eachAttr("value");
        assertThat(offered).contains(oathExecutionId());
        Page tokenForm =
                selection
                        .form("kc-select-credential-form")
                        .fill("authenticationExecution", oathExecutionId())
                        .submit();
        assertThat(tokenForm.showsForm(OTP_FORM)).isTrue();
        return tokenForm;
    }

    /** The id of the token's execution in the demo realm's methods sub-flow. */
    private String oathExecutionId() {
        for (JsonNode execution :
                server.admin()
                        .get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/authentication/flows/mfa-portal%20methods/executions")
                        .requireStatus(200)
                        .json()) {
            if (OathAuthenticatorFactory.ID.equals(execution.path("providerId").asText())) {
                return execution.get("id").asText();
            }
        }
        throw new AssertionError(
                "no " + OathAuthenticatorFactory.ID + " in the demo realm's methods");
    }

    /** A message as the English login page shows it (MessageFormat turns '' into '). */
    private static String englishMessage(String key) {
        Properties messages = new Properties();
        try (Reader in =
                new InputStreamReader(
                        OathFallbackIT.class.getResourceAsStream(
                                "/theme-resources/messages/messages_en.properties"),
                        UTF_8)) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new java.text.MessageFormat(messages.getProperty(key)).format(new Object[0]);
    }
}
