package org.mfaportal.it.trustedip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.Totp;
import org.mfaportal.settings.PortalSetting;

/**
 * The demo flow's second step (Keycloak's OTP form for now) is skipped from the realm's trusted
 * ranges, as Keycloak sees the client: through the trusted proxy at 127.0.0.1, never through a
 * header that anyone else sends.
 */
@ExtendWith(KeycloakServer.Extension.class)
class TrustedNetworksIT {

    private static final String OFFICE = "10.20.0.0/16";
    private static final String OFFICE_V6 = "2001:db8:beef::/48";
    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String OTP_SETUP_FORM = "kc-totp-settings-form";
    private static final String SETUP_CHOICE_FORM = "mfa-setup-choice-form";

    private final KeycloakServer server;
    private final DemoApp app;

    /**
     * Opened before each story, closed after it: the story leaves the settings as it found them.
     */
    private PortalSettingsScope settings;

    TrustedNetworksIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @BeforeEach
    void trustTheOffice() {
        settings =
                server.portalSettings(
                        Map.of(PortalSetting.TRUSTED_RANGES.key(), List.of(OFFICE, OFFICE_V6)));
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void anEnrolledUserInTheOfficeSkipsTheSecondStep() {
        TestUser alice = TestUser.withTotp(server);
        try (Browser browser = server.browser().forwardedFor("10.20.30.40")) {
            Page next = app.signInWithPassword(browser, alice.username(), alice.password());

            assertThat(DemoApp.isSignedIn(next)).as("signed in without a code").isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, alice.id(), "LOGIN").get(0);
        assertThat(login.get("ipAddress").asText()).isEqualTo("10.20.30.40");
        assertThat(login.path("details").path("mfa_skipped").asText()).isEqualTo("trusted_network");
    }

    @Test
    void anIpv6OfficeAddressIsTrustedToo() {
        TestUser alice = TestUser.withTotp(server);
        try (Browser browser = server.browser().forwardedFor("2001:db8:beef:12::7")) {
            assertThat(
                            DemoApp.isSignedIn(
                                    app.signInWithPassword(
                                            browser, alice.username(), alice.password())))
                    .isTrue();
        }
    }

    @Test
    void fromOutsideTheOfficeTheCodeIsRequired() {
        TestUser alice = TestUser.withTotp(server);
        try (Browser browser = server.browser().forwardedFor("203.0.113.9")) {
            Page otp = app.signInWithPassword(browser, alice.username(), alice.password());
            assertThat(otp.showsForm(OTP_FORM)).as("asked for a code").isTrue();

            Page next = otp.form(OTP_FORM).fill("otp", alice.currentCode()).submit();

            assertThat(DemoApp.isSignedIn(next)).isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, alice.id(), "LOGIN").get(0);
        assertThat(login.path("details").has("mfa_skipped")).isFalse();
    }

    @Test
    void aForgedForwardedHeaderFromAnUntrustedPeerDoesNotSkip() {
        TestUser mallory = TestUser.withTotp(server);
        // 127.0.0.2 is not the trusted proxy, so Keycloak ignores the header it sends.
        try (Browser browser = server.browserFrom("127.0.0.2").forwardedFor("10.20.30.40")) {
            Page otp = app.signInWithPassword(browser, mallory.username(), mallory.password());
            assertThat(otp.showsForm(OTP_FORM)).as("still asked for a code").isTrue();

            assertThat(
                            DemoApp.isSignedIn(
                                    otp.form(OTP_FORM).fill("otp", mallory.currentCode()).submit()))
                    .isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, mallory.id(), "LOGIN").get(0);
        assertThat(login.get("ipAddress").asText()).isEqualTo("127.0.0.2");
    }

    @Test
    void aNewUserInTheOfficeIsStillAskedToEnroll() {
        TestUser newcomer = TestUser.withoutSecondFactor(server);
        try (Browser browser = server.browser().forwardedFor("10.20.30.40")) {
            Page choice = app.signInWithPassword(browser, newcomer.username(), newcomer.password());
            assertThat(choice.showsForm(SETUP_CHOICE_FORM))
                    .as("offered to set up a second step")
                    .isTrue();
            Page setup = choice.form(SETUP_CHOICE_FORM).fill("method", "CONFIGURE_TOTP").submit();
            assertThat(setup.showsForm(OTP_SETUP_FORM)).as("offered authenticator setup").isTrue();

            String secret = setup.form(OTP_SETUP_FORM).value("totpSecret");
            Page next =
                    setup.form(OTP_SETUP_FORM)
                            .fill(
                                    "totp",
                                    Totp.code(secret, java.time.Instant.now().getEpochSecond()))
                            .fill("userLabel", "phone")
                            .submit();
            assertThat(DemoApp.isSignedIn(next)).isTrue();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, newcomer.id()))
                .contains("otp");

        // Enrolled now, the office skips the second step for them too.
        try (Browser browser = server.browser().forwardedFor("10.20.30.40")) {
            assertThat(
                            DemoApp.isSignedIn(
                                    app.signInWithPassword(
                                            browser, newcomer.username(), newcomer.password())))
                    .isTrue();
        }
    }

    @Test
    void aMalformedRangeIsRefusedAndTheOldRangesStay() {
        var reply =
                server.admin()
                        .updatePortalSettings(
                                KeycloakServer.REALM,
                                Map.of(
                                        PortalSetting.TRUSTED_RANGES.key(),
                                        List.of("10.30.0.0/16", "10.0.0.0/33")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("setting").asText()).isEqualTo("trustedRanges");
        assertThat(reply.json().get("error_description").asText())
                .contains("entry 2", "10.0.0.0/33");
        assertThat(server.admin().portalSettings(KeycloakServer.REALM).get("trustedRanges"))
                .isEqualTo(List.of(OFFICE, OFFICE_V6));
    }

    @Test
    void aRangeWrittenWithOtherThanAsciiDigitsIsRefused() {
        // "::١/128": an Arabic-Indic one, which Java's Character.digit reads as 1.
        for (String entry : List.of("::\u0661/128", "10.20.0.\u0661", "2001:db8::\uFF11/128")) {
            var reply =
                    server.admin()
                            .updatePortalSettings(
                                    KeycloakServer.REALM,
                                    Map.of(PortalSetting.TRUSTED_RANGES.key(), List.of(entry)));

            assertThat(reply.status()).as(entry).isEqualTo(400);
            assertThat(reply.json().get("setting").asText()).isEqualTo("trustedRanges");
            assertThat(reply.json().get("error_description").asText()).contains("entry 1", entry);
        }
        assertThat(server.admin().portalSettings(KeycloakServer.REALM).get("trustedRanges"))
                .isEqualTo(List.of(OFFICE, OFFICE_V6));
    }

    @Test
    void aSettingsBodyWithTrailingTextOrAByteOrderMarkIsRefusedAndNothingChanges() {
        String path = "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/settings";
        String change = "{\"trustedRanges\": [\"0.0.0.0/0\"]}";
        for (String body :
                List.of(change + " {\"trustedRanges\": []}", change + "x", "\uFEFF" + change)) {
            var reply =
                    server.admin()
                            .sendRawJson(
                                    "PUT",
                                    path,
                                    body.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isEqualTo("invalid_json");
        }
        assertThat(server.admin().portalSettings(KeycloakServer.REALM).get("trustedRanges"))
                .isEqualTo(List.of(OFFICE, OFFICE_V6));
    }
}
