package org.mfaportal.it.phone;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.settings.PortalSetting;

/**
 * Setting up phone methods at first sign-in: numbers are checked and normalised, a PIN is chosen
 * where required, and nothing is stored until the phone has answered ("Call/Text Me Now").
 */
@ExtendWith(KeycloakServer.Extension.class)
class PhoneSetupIT {

    private static final String OUTSIDE = "203.0.113.99";
    private static final String CHOICE = "mfa-setup-choice-form";
    private static final String SETUP = "mfa-phone-setup-form";
    private static final String CODE_FORM = "mfa-sms-code-form";

    private final KeycloakServer server;
    private final FakeTwilio twilio;
    private final DemoApp app;

    /** Whatever a story changes in the portal settings is put back after it. */
    private PortalSettingsScope settings;

    PhoneSetupIT(KeycloakServer server) {
        this.server = server;
        this.twilio = server.twilio();
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
    void anInvalidNumberIsRefusedWithAReasonAndNothingIsStored() {
        TestUser lea = TestUser.withoutSecondFactor(server);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page setup = choose(browser, lea, "mfa-sms-setup");

            Page refused = setup.form(SETUP).fill("number", "12345").submit();

            assertThat(refused.showsForm(SETUP)).isTrue();
            assertThat(refused.feedback()).contains("not a valid phone number");
            assertThat(twilio.texts().stream().noneMatch(t -> t.to().endsWith("12345"))).isTrue();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, lea.id()))
                .containsExactly("password");
    }

    @Test
    void premiumRateAndSatelliteNumbersAreRefusedBeforeAnythingIsSent() {
        TestUser rio = TestUser.withoutSecondFactor(server);
        TestUser ray = TestUser.withoutSecondFactor(server);
        int callsBefore = twilio.calls().size();
        int textsBefore = twilio.texts().size();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page voice = choose(browser, rio, "mfa-voice-setup");
            for (String premium :
                    new String[] {
                        "+1 900 253 0000", "+44 909 8790879", "+979 123456789", "+882 16 50123456"
                    }) {
                Page refused = voice.form(SETUP).fill("number", premium).submit();
                assertThat(refused.showsForm(SETUP)).as(premium).isTrue();
                assertThat(refused.feedback())
                        .as(premium)
                        .containsAnyOf("cannot be called", "cannot be used here");
                voice = refused;
            }
        }
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page refused =
                    choose(browser, ray, "mfa-sms-setup")
                            .form(SETUP)
                            .fill("number", "+870 773 111 632")
                            .submit();
            assertThat(refused.showsForm(SETUP)).isTrue();
            assertThat(refused.feedback()).contains("cannot be used here");
        }
        assertThat(twilio.calls()).hasSize(callsBefore);
        assertThat(twilio.texts()).hasSize(textsBefore);
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, rio.id()))
                .containsExactly("password");
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, ray.id()))
                .containsExactly("password");
    }

    @Test
    void onlyTheRealmsCountriesMayBeUsed() {
        TestUser ada = TestUser.withoutSecondFactor(server);
        try (var scope =
                        server.portalSettings(
                                Map.of(PortalSetting.PHONE_COUNTRIES.key(), List.of("DE")));
                Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page refused =
                    choose(browser, ada, "mfa-sms-setup")
                            .form(SETUP)
                            .fill("number", TestUser.freshNumber())
                            .submit();

            assertThat(refused.showsForm(SETUP)).isTrue();
            assertThat(refused.feedback()).contains("cannot be used here");
        }
    }

    @Test
    void aNumberTwilioWillNeverTextStaysOnTheNumberPageWithTheReason() {
        TestUser kai = TestUser.withoutSecondFactor(server);
        String landline = TestUser.freshNumber();
        twilio.refuse(landline, 21614, "'To' number is not a valid mobile number");
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page refused =
                    choose(browser, kai, "mfa-sms-setup")
                            .form(SETUP)
                            .fill("number", landline)
                            .submit();

            // No code went out, so no page asks for one.
            assertThat(refused.showsForm(CODE_FORM)).isFalse();
            assertThat(refused.showsForm(SETUP)).isTrue();
            assertThat(refused.feedback()).contains("not a mobile number");
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, kai.id()))
                .containsExactly("password");
    }

    @Test
    void textMeNowStoresTheNumberOnlyAfterTheCodeComesBack() {
        TestUser max = TestUser.withoutSecondFactor(server);
        String typed = "(415) 555-" + TestUser.freshNumber().substring(8);
        String e164 = "+1415555" + typed.substring(10);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page codePage =
                    choose(browser, max, "mfa-sms-setup")
                            .form(SETUP)
                            .fill("number", typed)
                            .submit();
            assertThat(codePage.showsForm(CODE_FORM)).isTrue();
            assertThat(server.admin().credentialTypes(KeycloakServer.REALM, max.id()))
                    .doesNotContain("mfa-sms");

            Page done =
                    codePage.form(CODE_FORM).fill("code", twilio.lastTextTo(e164).code()).submit();

            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, max.id()))
                .contains("mfa-sms");
    }

    @Test
    void callMeNowWithARequiredPinStoresNumbersAndPinAfterTheCallConfirmsIt() {
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM,
                        Map.of(
                                PortalSetting.PIN_REQUIRED.key(),
                                true,
                                PortalSetting.ENROLLMENT_ASKS_BACKUP_PHONE.key(),
                                true))
                .requireStatus(200);
        TestUser nia = TestUser.withoutSecondFactor(server);
        String number = TestUser.freshNumber();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page setup = choose(browser, nia, "mfa-voice-setup");
            Page tooSimple =
                    setup.form(SETUP)
                            .fill("number", number)
                            .fill("pin", "1234")
                            .fill("pinConfirm", "1234")
                            .submit();
            assertThat(tooSimple.feedback()).contains("too easy to guess");
            assertThat(twilio.calls().stream().noneMatch(c -> c.to().equals(number))).isTrue();

            WaitPage waiting =
                    new WaitPage(
                            tooSimple
                                    .form(SETUP)
                                    .fill("number", number)
                                    .fill("extension", "42")
                                    .fill("backupNumber", TestUser.freshNumber())
                                    .fill("pin", "7294")
                                    .fill("pinConfirm", "7294")
                                    .submit());
            // The page names the number with the extension it dials; the call speaks of setting up
            // this phone.
            assertThat(waiting.page().html().getElementById("mfa-phone-wait-instruction").text())
                    .contains("extension 42");
            String sid = twilio.lastCallTo(number).sid();
            assertThat(twilio.answer(sid).text())
                    .contains("sets up this phone", "enter the PIN you just chose")
                    .doesNotContain("confirm your sign-in");
            assertThat(twilio.press(sid, "7294#").text())
                    .contains("now set up")
                    .doesNotContain("sign-in is confirmed");

            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, nia.id()))
                .contains("mfa-voice", "mfa-pin");
    }

    @Test
    void aSetupCallAnsweredByVoicemailStoresNothing() {
        TestUser una = TestUser.withoutSecondFactor(server);
        String number = TestUser.freshNumber();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(
                            choose(browser, una, "mfa-voice-setup")
                                    .form(SETUP)
                                    .fill("number", number)
                                    .submit());
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);

            assertThat(twilio.leaveSilent(sid).text()).contains("No key was pressed");

            Page notConfirmed = waiting.continueSignIn();
            assertThat(DemoApp.isSignedIn(notConfirmed)).isFalse();
            assertThat(notConfirmed.feedback()).contains("nothing was confirmed");
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, una.id()))
                .containsExactly("password");
    }

    @Test
    void aWrongPinOnTheSetupCallStoresNothing() {
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM, Map.of(PortalSetting.PIN_REQUIRED.key(), true))
                .requireStatus(200);
        TestUser oli = TestUser.withoutSecondFactor(server);
        String number = TestUser.freshNumber();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(
                            choose(browser, oli, "mfa-voice-setup")
                                    .form(SETUP)
                                    .fill("number", number)
                                    .fill("pin", "7294")
                                    .fill("pinConfirm", "7294")
                                    .submit());
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);

            assertThat(twilio.press(sid, "9999#").text()).contains("not correct");
            Page retry = waiting.continueSignIn();
            assertThat(retry.feedback()).contains("PIN entered on the call was not correct");
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, oli.id()))
                .containsExactly("password");
    }

    @Test
    void thePinCanBeChangedLaterAndTheNextCallAsksForTheNewOne() {
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM, Map.of(PortalSetting.PIN_REQUIRED.key(), true))
                .requireStatus(200);
        TestUser pat = TestUser.withoutSecondFactor(server);
        String number = TestUser.freshNumber();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage setup =
                    new WaitPage(
                            choose(browser, pat, "mfa-voice-setup")
                                    .form(SETUP)
                                    .fill("number", number)
                                    .fill("pin", "7294")
                                    .fill("pinConfirm", "7294")
                                    .submit());
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);
            twilio.press(sid, "7294#");
            assertThat(DemoApp.isSignedIn(setup.continueSignIn())).isTrue();

            Page update = app.startAction(browser, "mfa-pin-update");
            Page refused =
                    update.form("mfa-pin-update-form")
                            .fill("pin", "5555")
                            .fill("pinConfirm", "5555")
                            .submit();
            assertThat(refused.feedback()).contains("too easy to guess");
            Page done =
                    refused.form("mfa-pin-update-form")
                            .fill("pin", "8264")
                            .fill("pinConfirm", "8264")
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, pat.username(), pat.password()));
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);
            twilio.press(sid, "8264#");
            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        }
    }

    private Page choose(Browser browser, TestUser user, String setupAction) {
        Page choice = app.signInWithPassword(browser, user.username(), user.password());
        return choice.form(CHOICE).fill("method", setupAction).submit();
    }
}
