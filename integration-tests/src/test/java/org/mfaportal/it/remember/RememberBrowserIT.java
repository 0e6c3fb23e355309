package org.mfaportal.it.remember;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
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
 * Issue 17.1: "Don't ask again on this browser for N days". A browser is the cookie it holds: the
 * next sign-in from it runs in a fresh cookie jar holding only that cookie (no SSO session).
 */
@ExtendWith(KeycloakServer.Extension.class)
class RememberBrowserIT {

    private static final String COOKIE = "MFA_PORTAL_REMEMBERED_BROWSER";
    private static final String COOKIE_PATH = "/realms/" + KeycloakServer.REALM + "/";
    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String BOX = "mfaRememberBrowser";
    private static final String OUTSIDE = "203.0.113.71";
    private static final String BROWSERS =
            "/realms/" + KeycloakServer.REALM + "/mfa-portal/account/browsers";

    private final KeycloakServer server;
    private final DemoApp app;
    private PortalSettingsScope settings;

    RememberBrowserIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @BeforeEach
    void rememberForThirtyDays() {
        settings =
                server.portalSettings(
                        Map.of(
                                PortalSetting.REMEMBER_BROWSER_DAYS.key(),
                                30,
                                PortalSetting.FORGET_BROWSERS_ON_PASSWORD_CHANGE.key(),
                                true));
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void aTickedBoxSkipsTheNextSignInFromThatBrowserOnly() {
        TestUser ann = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(ann);

        assertThat(signInFrom(remembered.cookie(), ann)).as("skipped").isTrue();
        JsonNode login = server.admin().events(KeycloakServer.REALM, ann.id(), "LOGIN").get(0);
        assertThat(login.path("details").path("mfa_skipped").asText())
                .isEqualTo("remembered_browser");

        try (Browser another = server.browser().forwardedFor(OUTSIDE)) {
            assertThat(
                            app.signInWithPassword(another, ann.username(), ann.password())
                                    .showsForm(OTP_FORM))
                    .as("another browser is asked")
                    .isTrue();
        }
        JsonNode listed =
                server.admin().sendWithToken("GET", BROWSERS, null, remembered.token()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("createdAt").asLong()).isPositive();
        assertThat(listed.get(0).get("lastUsedAt").asLong())
                .isGreaterThanOrEqualTo(listed.get(0).get("createdAt").asLong());
        assertThat(listed.get(0).get("name").asText()).isNotBlank();
    }

    @Test
    void aCookieCopiedToAnotherUsersSignInDoesNothing() {
        TestUser bob = TestUser.withTotp(server);
        TestUser eve = TestUser.withTotp(server);
        Remembered bobs = signInTickingTheBox(bob);

        assertThat(signInFrom(bobs.cookie(), eve)).as("eve is still asked").isFalse();
        assertThat(signInFrom("forged." + bobs.cookie().split("\\.")[1], bob))
                .as("a forged record id")
                .isFalse();
        assertThat(signInFrom(bobs.cookie().split("\\.")[0] + ".wrongsecret", bob))
                .as("a wrong secret")
                .isFalse();
        assertThat(signInFrom(bobs.cookie(), bob)).as("bob's own browser").isTrue();
    }

    @Test
    void aRememberedBrowserExpiresOnKeycloaksClock() {
        TestUser cat = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(cat);
        try (Clock clock = server.clock()) {
            clock.advance(Duration.ofDays(29));
            assertThat(signInFrom(remembered.cookie(), cat)).as("day 29").isTrue();
            clock.advance(Duration.ofDays(2));
            assertThat(signInFrom(remembered.cookie(), cat)).as("day 31").isFalse();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, cat.id()))
                .doesNotContain("mfa-remembered-browser");
    }

    @Test
    void theUserForgetsOneOrAllFromTheAccountPage() {
        TestUser dan = TestUser.withTotp(server);
        Remembered first = signInTickingTheBox(dan);
        String id = first.cookie().split("\\.")[0];

        assertThat(
                        server.admin()
                                .sendWithToken("DELETE", BROWSERS + "/" + id, null, first.token())
                                .status())
                .isEqualTo(204);
        assertThat(signInFrom(first.cookie(), dan)).isFalse();
        assertThat(
                        server.admin()
                                .sendWithToken("DELETE", BROWSERS + "/" + id, null, first.token())
                                .status())
                .isEqualTo(404);

        Remembered second = signInTickingTheBox(dan, Duration.ofSeconds(30));
        assertThat(server.admin().sendWithToken("DELETE", BROWSERS, null, second.token()).status())
                .isEqualTo(204);
        assertThat(signInFrom(second.cookie(), dan)).isFalse();
    }

    @Test
    void aChangeOfMethodsForgetsTheBrowser() {
        TestUser eli = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(eli);
        server.admin()
                .put(userPath(eli) + "/phone", Map.of("number", TestUser.freshNumber()))
                .requireStatus(204);

        assertThat(signInFrom(remembered.cookie(), eli)).isFalse();
    }

    @Test
    void aPasswordChangeForgetsTheBrowserWhereTheRealmSaysSo() {
        TestUser fay = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(fay);
        String newPassword = "N3w-" + fay.password();
        server.admin()
                .put(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/users/"
                                + fay.id()
                                + "/reset-password",
                        Map.of("type", "password", "value", newPassword, "temporary", false))
                .requireStatus(204);

        TestUser changed = new TestUser(fay.id(), fay.username(), newPassword, fay.totpSecret());
        assertThat(signInFrom(remembered.cookie(), changed)).isFalse();
    }

    @Test
    void anAdministratorRevokes() {
        TestUser gus = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(gus);
        JsonNode listed = server.admin().get(userPath(gus) + "/browsers").requireStatus(200).json();
        assertThat(listed).hasSize(1);

        server.admin()
                .send(
                        "DELETE",
                        userPath(gus) + "/browsers/" + listed.get(0).get("id").asText(),
                        null)
                .requireStatus(204);

        assertThat(signInFrom(remembered.cookie(), gus)).isFalse();
        assertThat(server.admin().get(userPath(gus) + "/browsers").json()).isEmpty();
    }

    @Test
    void aUserWithoutSecondFactorIsStillAskedToSetOneUp() {
        TestUser hal = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(hal);
        server.admin().send("DELETE", userPath(hal) + "/methods/otp", null).requireStatus(204);

        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            browser.withCookie(COOKIE, COOKIE_PATH, remembered.cookie());
            Page next = app.signInWithPassword(browser, hal.username(), hal.password());
            assertThat(next.showsForm("mfa-setup-choice-form")).as("asked to enroll").isTrue();
        }
    }

    @Test
    void aStepUpTheClientAsksForIsNeverSkipped() {
        TestUser ida = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(ida);

        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            browser.withCookie(COOKIE, COOKIE_PATH, remembered.cookie());
            Page next =
                    browser.open(app.signInUrl() + "&acr_values=2")
                            .form("kc-form-login")
                            .fill("username", ida.username())
                            .fill("password", ida.password())
                            .submit();
            assertThat(next.showsForm(OTP_FORM)).as("asked for a code").isTrue();
        }
        assertThat(signInFrom(remembered.cookie(), ida)).as("without acr_values").isTrue();
    }

    @Test
    void turnedOffTheBoxIsGoneAndNoBrowserSkips() {
        TestUser jo = TestUser.withTotp(server);
        Remembered remembered = signInTickingTheBox(jo);
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM, Map.of(PortalSetting.REMEMBER_BROWSER_DAYS.key(), 0))
                .requireStatus(200);

        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            browser.withCookie(COOKIE, COOKIE_PATH, remembered.cookie());
            Page otp = app.signInWithPassword(browser, jo.username(), jo.password());
            assertThat(otp.showsForm(OTP_FORM)).as("asked again").isTrue();
            assertThat(otp.html().getElementById(BOX)).as("no box").isNull();
        }
    }

    @Test
    void daysOutsideTheRangeAreRefusedAndNothingIsStored() {
        AdminClient.Reply refused =
                server.admin()
                        .updatePortalSettings(
                                KeycloakServer.REALM,
                                Map.of(PortalSetting.REMEMBER_BROWSER_DAYS.key(), 91));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("rememberBrowserDays");
        assertThat(
                        server.admin()
                                .portalSettings(KeycloakServer.REALM)
                                .get(PortalSetting.REMEMBER_BROWSER_DAYS.key())
                                .toString())
                .isEqualTo("30");
    }

    private record Remembered(String cookie, String token) {}

    private Remembered signInTickingTheBox(TestUser user) {
        return signInTickingTheBox(user, Duration.ZERO);
    }

    /** {@code later}: a second code in the same story must come from the next TOTP period. */
    private Remembered signInTickingTheBox(TestUser user, Duration later) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page otp = app.signInWithPassword(browser, user.username(), user.password());
            assertThat(otp.html().getElementById(BOX)).as("the box is offered").isNotNull();
            String code =
                    org.mfaportal.it.kit.Totp.code(
                            user.totpSecret(),
                            java.time.Instant.now().plus(later).getEpochSecond());
            if (!later.isZero()) {
                try (Clock clock = server.clock()) {
                    clock.advance(later);
                    return finish(browser, otp, code);
                }
            }
            return finish(browser, otp, code);
        }
    }

    private Remembered finish(Browser browser, Page otp, String code) {
        Page signedIn = otp.form(OTP_FORM).fill("otp", code).fill(BOX, "on").submit();
        String token = app.accessToken(signedIn);
        String cookie = browser.cookie(COOKIE);
        assertThat(cookie).as("the browser got its cookie").isNotBlank();
        return new Remembered(cookie, token);
    }

    /** Signs in from a fresh browser holding only this cookie; true when no code was asked. */
    private boolean signInFrom(String cookie, TestUser user) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            browser.withCookie(COOKIE, COOKIE_PATH, cookie);
            Page next = app.signInWithPassword(browser, user.username(), user.password());
            if (DemoApp.isSignedIn(next)) {
                return true;
            }
            assertThat(next.showsForm(OTP_FORM)).as("asked for a code instead").isTrue();
            return false;
        }
    }

    private static String userPath(TestUser user) {
        return "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/users/" + user.id();
    }
}
