package org.mfaportal.it.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.CallScript;
import org.mfaportal.it.kit.twilio.CallUpdate;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.it.kit.twilio.PlacedCall;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.sms.SmsAuthenticatorFactory;

/**
 * Signing in by answering a phone call: # confirms, 0# reports fraud, a missed call can be
 * repeated.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PhoneCallSignInIT {

    private static final String OUTSIDE = "203.0.113.88";
    private static final String SMS_FORM = "mfa-sms-code-form";

    private final KeycloakServer server;
    private final FakeTwilio twilio;
    private final DemoApp app;

    PhoneCallSignInIT(KeycloakServer server) {
        this.server = server;
        this.twilio = server.twilio();
        this.app = new DemoApp(server);
    }

    @Test
    void answeringAndPressingPoundSignsTheUserIn() {
        String number = TestUser.freshNumber();
        TestUser gus = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, gus.username(), gus.password()));
            PlacedCall call = twilio.lastCallTo(number);

            CallScript greeting = twilio.answer(call.sid());
            assertThat(greeting.text()).contains("press the pound key");
            assertThat(greeting.said().get(0).language()).isEqualTo("en-US");
            CallScript goodbye = twilio.press(call.sid(), "#");

            assertThat(goodbye.text()).contains("confirmed");
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, gus.id(), "LOGIN").get(0);
        assertThat(login.path("details").path("mfa_method").asText()).isEqualTo("mfa-voice");
        assertThat(login.path("details").path("mfa_gateway_id").asText())
                .isEqualTo(twilio.lastCallTo(number).sid());
    }

    @Test
    void theCallCarriesItsGreetingSoAnsweringAsksKeycloakNothing() {
        String number = TestUser.freshNumber();
        TestUser ned = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, ned.username(), ned.password()));
            PlacedCall call = twilio.lastCallTo(number);

            // Twilio's Twiml parameter: no URL to fetch a script from when the call is answered.
            assertThat(call.url()).isNull();
            CallScript greeting = CallScript.parse(call.twiml());
            assertThat(greeting.text()).contains("press the pound key");
            assertThat(greeting.gather().action())
                    .startsWith(server.realmUrl() + "/mfa-portal/phone/calls/")
                    .endsWith("/digits");
            twilio.answer(call.sid());
            twilio.press(call.sid(), "#");

            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        }
    }

    @Test
    void theCallSpeaksTheUsersLanguage() {
        String number = TestUser.freshNumber();
        TestUser lou = TestUser.withPhoneCalls(server, number, null);
        server.admin()
                .put(
                        "/admin/realms/" + KeycloakServer.REALM + "/users/" + lou.id(),
                        Map.of("attributes", Map.of("locale", List.of("de"))))
                .requireStatus(204);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            new WaitPage(app.signInWithPassword(browser, lou.username(), lou.password()));

            CallScript greeting = twilio.answer(twilio.lastCallTo(number).sid());

            assertThat(greeting.said().get(0).language()).isEqualTo("de-DE");
            assertThat(greeting.text()).contains("Rautetaste");
        }
    }

    @Test
    void aWrongPinOnTheCallIsSaidAndCountsAsAFailedAttempt() {
        try (var settings = server.portalSettings(Map.of(PortalSetting.PIN_REQUIRED.key(), true))) {
            TestUser mia = TestUser.withoutSecondFactor(server);
            String number = TestUser.freshNumber();
            enrollCallsWithPin(mia, number, "6180");
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                WaitPage waiting =
                        new WaitPage(
                                app.signInWithPassword(browser, mia.username(), mia.password()));
                String sid = twilio.lastCallTo(number).sid();
                assertThat(twilio.answer(sid).text()).contains("enter your PIN");

                assertThat(twilio.press(sid, "1379#").text()).contains("PIN is not correct");

                Page retry = waiting.continueSignIn();
                assertThat(DemoApp.isSignedIn(retry)).isFalse();
                assertThat(retry.feedback()).contains("PIN entered on the call was not correct");
            }
            assertThat(server.admin().failedLogins(KeycloakServer.REALM, mia.id(), 1)).isEqualTo(1);
        }
    }

    @Test
    void theWaitingPagesLongPollWakesWhenTheCallDecides() throws InterruptedException {
        String number = TestUser.freshNumber();
        TestUser hal = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, hal.username(), hal.password()));
            assertThat(waiting.awaitState(0)).isEqualTo("PENDING");
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);

            // The poll is already waiting when the keys are pressed; it answers once the webhook
            // decided.
            Thread presser = new Thread(() -> twilio.press(sid, "#"));
            presser.start();
            String state = waiting.awaitState(20);
            presser.join();

            assertThat(state).isEqualTo("APPROVED");
        }
    }

    @Test
    void aSilentLineOrVoicemailNeverConfirmsTheSignIn() {
        String number = TestUser.freshNumber();
        TestUser ned = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, ned.username(), ned.password()));
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);

            CallScript words = twilio.leaveSilent(sid);

            assertThat(words.text())
                    .contains("No key was pressed")
                    .doesNotContain("sign-in is confirmed");
            assertThat(waiting.awaitState(5)).isEqualTo("NOT_CONFIRMED");
            WaitPage again = new WaitPage(waiting.continueSignIn());
            assertThat(DemoApp.isSignedIn(again.page())).isFalse();
            assertThat(again.page().feedback())
                    .contains("was not pressed, so nothing was confirmed");
            assertThat(again.isWaiting()).isFalse();
        }
        assertThat(server.admin().events(KeycloakServer.REALM, ned.id(), "LOGIN")).isEmpty();
    }

    @Test
    void aPinLeftWithoutPoundIsNeitherAcceptedNorCountedAsWrong() {
        try (var pin = server.portalSettings(Map.of(PortalSetting.PIN_REQUIRED.key(), true))) {
            TestUser oda = TestUser.withoutSecondFactor(server);
            String number = TestUser.freshNumber();
            enrollCallsWithPin(oda, number, "6180");
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                WaitPage waiting =
                        new WaitPage(
                                app.signInWithPassword(browser, oda.username(), oda.password()));
                String sid = twilio.lastCallTo(number).sid();
                twilio.answer(sid);

                // Even the right PIN, never finished with #, is no answer: the keypad timed out.
                assertThat(twilio.typeWithoutPound(sid, "6180").text())
                        .contains("No key was pressed");

                Page retry = waiting.continueSignIn();
                assertThat(DemoApp.isSignedIn(retry)).isFalse();
                assertThat(retry.feedback())
                        .contains("nothing was confirmed")
                        .doesNotContain("PIN");
            }
            // Voicemail answering a few times must not lock the user out: nothing was counted.
            assertThat(server.admin().failedLogins(KeycloakServer.REALM, oda.id(), 1)).isZero();
        }
    }

    @Test
    void zeroPoundReportsFraudLocksCallsAndStopsTheSignIn() {
        String number = TestUser.freshNumber();
        TestUser ivy = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, ivy.username(), ivy.password()));
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);

            CallScript words = twilio.press(sid, "0#");

            assertThat(words.text()).contains("locked");
            Page stopped = waiting.continueSignIn();
            assertThat(DemoApp.isSignedIn(stopped)).isFalse();
            assertThat(stopped.status())
                    .as(stopped.title() + " | " + stopped.feedback())
                    .isEqualTo(403);
        }
        JsonNode report =
                server.admin().events(KeycloakServer.REALM, ivy.id(), "LOGIN_ERROR").stream()
                        .filter(e -> "mfa_fraud_reported".equals(e.path("error").asText()))
                        .findFirst()
                        .orElseThrow();
        assertThat(report.path("details").path("mfa_gateway_id").asText())
                .isEqualTo(twilio.lastCallTo(number).sid());
        assertThat(report.path("details").path("mfa_gateway").asText()).isEqualTo("twilio");
        assertThat(report.path("userId").asText()).isEqualTo(ivy.id());

        // Locked: the next sign-in places no call and says why, until an admin unlocks.
        int callsBefore = twilio.calls().size();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page locked = app.signInWithPassword(browser, ivy.username(), ivy.password());
            assertThat(locked.feedback()).contains("locked");
            assertThat(twilio.calls()).hasSize(callsBefore);
        }
        server.admin()
                .post(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/mfa-portal/users/"
                                + ivy.id()
                                + "/voice/unlock",
                        null)
                .requireStatus(204);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            new WaitPage(app.signInWithPassword(browser, ivy.username(), ivy.password()));
            assertThat(twilio.calls()).hasSize(callsBefore + 1);
        }
    }

    /**
     * Two sign-ins ring the same phone; the person reports the second as fraud. A '#' on the first
     * call afterwards signs nobody in: calls are locked, whichever call was placed first.
     */
    @Test
    void aCallPlacedBeforeAFraudReportNoLongerSignsIn() {
        String number = TestUser.freshNumber();
        TestUser kit = TestUser.withPhoneCalls(server, number, null);
        try (Browser first = server.browser().forwardedFor(OUTSIDE);
                Browser second = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(first, kit.username(), kit.password()));
            String earlier = twilio.lastCallTo(number).sid();
            new WaitPage(app.signInWithPassword(second, kit.username(), kit.password()));
            String later = twilio.lastCallTo(number).sid();
            assertThat(later).isNotEqualTo(earlier);
            twilio.answer(later);
            assertThat(twilio.press(later, "0#").text()).contains("locked");

            twilio.answer(earlier);
            twilio.press(earlier, "#");

            Page refused = waiting.continueSignIn();
            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.feedback()).contains("locked");
        }
    }

    @Test
    void anUnansweredCallSaysSoAndTheBackupPhoneCanBeCalled() {
        String number = TestUser.freshNumber();
        String backup = TestUser.freshNumber();
        TestUser jon = TestUser.withPhoneCalls(server, number, backup);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, jon.username(), jon.password()));
            twilio.ringOut(twilio.lastCallTo(number).sid());
            assertThat(waiting.awaitState(5)).isEqualTo("NO_ANSWER");

            WaitPage missed = new WaitPage(waiting.continueSignIn());
            assertThat(missed.page().feedback()).contains("not answered");

            WaitPage backupCall = new WaitPage(missed.click("backup"));
            String sid = twilio.lastCallTo(backup).sid();
            twilio.answer(sid);
            twilio.press(sid, "#");
            assertThat(DemoApp.isSignedIn(backupCall.continueSignIn())).isTrue();
        }
    }

    @Test
    void aReplayedKeypressWebhookIsRefusedButTwiliosLateStatusCallbackIsNoError() {
        String number = TestUser.freshNumber();
        TestUser kim = TestUser.withPhoneCalls(server, number, null);
        PlacedCall call;
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, kim.username(), kim.password()));
            call = twilio.lastCallTo(number);
            twilio.answer(call.sid());
            twilio.press(call.sid(), "#");
            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        }
        // The sign-in has ended; the same signed keys again find no call to decide.
        String ticket = call.statusCallback().getPath().replaceAll(".*/calls/([^/]+)/status", "$1");
        assertThat(
                        twilio.webhooks()
                                .replayLastTo(server.phoneWebhooks().callDigits(ticket))
                                .status())
                .isEqualTo(403);
        // Twilio's "completed" comes after the goodbye, when the page has moved on: genuine, so no
        // error
        // in the account's debugger, and nothing changes.
        assertThat(twilio.webhooks().replayLastTo(call.statusCallback()).status()).isEqualTo(204);
    }

    @Test
    void aForgedHostNeverReachesTwilioTheCallsUrlsAreTheServersOwn() {
        String number = TestUser.freshNumber();
        TestUser rex = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page login = app.startSignIn(browser);
            // The request that places the call claims another host, as an attacker with the
            // password would.
            browser.header("Host", "attacker.example");
            login.form("kc-form-login")
                    .fill("username", rex.username())
                    .fill("password", rex.password())
                    .submit();

            PlacedCall call = twilio.lastCallTo(number);
            assertThat(call.statusCallback().toString())
                    .startsWith(server.realmUrl() + "/mfa-portal/phone/calls/");
            CallScript greeting = twilio.answer(call.sid());
            assertThat(greeting.gather().action())
                    .startsWith(server.realmUrl() + "/mfa-portal/phone/calls/");
        }
    }

    /** Issue 12.4: "Try another way" to text messages hangs up the call that still rings. */
    @Test
    void choosingTextMessagesInsteadHangsUpTheRingingCall() {
        String callNumber = TestUser.freshNumber();
        String textNumber = TestUser.freshNumber();
        TestUser ada = TestUser.withPhoneCallsAndTextMessages(server, callNumber, textNumber);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, ada.username(), ada.password()));
            PlacedCall call = twilio.lastCallTo(callNumber);

            Page codePage = app.tryAnotherWay(waiting.page(), SmsAuthenticatorFactory.ID);

            assertThat(codePage.showsForm(SMS_FORM)).isTrue();
            CallUpdate hangUp = twilio.awaitHangUp(call.sid(), FakeTwilio.PATIENCE);
            assertThat(hangUp.requestedStatus()).isEqualTo("canceled");
            assertThat(hangUp.statusAfter()).isEqualTo("canceled");
            // Twilio's "canceled" callback comes after the ticket was closed: genuine, so no error,
            // and it changes nothing.
            assertThat(twilio.statusCallbackAfterHangUp(call.sid())).isEqualTo(204);
            twilio.awaitTextTo(textNumber, FakeTwilio.PATIENCE);
        }
    }

    /**
     * Issue 12.4: a call answered, then left for text messages, is hung up; a '#' pressed on it
     * afterwards confirms nothing.
     */
    @Test
    void aPoundPressedOnACallTheSignInLeftConfirmsNothing() {
        String callNumber = TestUser.freshNumber();
        String textNumber = TestUser.freshNumber();
        TestUser bo = TestUser.withPhoneCallsAndTextMessages(server, callNumber, textNumber);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, bo.username(), bo.password()));
            PlacedCall call = twilio.lastCallTo(callNumber);
            twilio.answer(call.sid());

            Page codePage = app.tryAnotherWay(waiting.page(), SmsAuthenticatorFactory.ID);

            // In progress: Twilio ignores "canceled", so the gateway ends the call with
            // "completed".
            assertThat(twilio.awaitHangUp(call.sid(), FakeTwilio.PATIENCE).statusAfter())
                    .isEqualTo("completed");
            assertThat(
                            twilio.callUpdates().stream()
                                    .filter(u -> u.sid().equals(call.sid()))
                                    .map(CallUpdate::requestedStatus))
                    .containsExactly("canceled", "completed");
            assertThat(twilio.pressAfterHangUp(call.sid(), "#")).isEqualTo(403);
            // The call's verification was closed, not approved; the sign-in waits for the text's
            // code.
            assertThat(waiting.awaitState(0)).isEqualTo("CANCELED");
            assertThat(codePage.showsForm(SMS_FORM)).isTrue();
        }
    }

    /**
     * Issue 12.4: a new call (here to the backup phone) hangs up the one still ringing; the new one
     * confirms.
     */
    @Test
    void callingTheBackupPhoneHangsUpTheCallStillRinging() {
        String number = TestUser.freshNumber();
        String backup = TestUser.freshNumber();
        TestUser cy = TestUser.withPhoneCalls(server, number, backup);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, cy.username(), cy.password()));
            PlacedCall first = twilio.lastCallTo(number);

            WaitPage backupCall = new WaitPage(waiting.click("backup"));

            assertThat(twilio.awaitHangUp(first.sid(), FakeTwilio.PATIENCE).statusAfter())
                    .isEqualTo("canceled");
            String sid = twilio.lastCallTo(backup).sid();
            twilio.answer(sid);
            twilio.press(sid, "#");
            assertThat(DemoApp.isSignedIn(backupCall.continueSignIn())).isTrue();
        }
    }

    /**
     * A new call the portal may not place (here the user's send limit) ends nothing: the call still
     * ringing keeps its ticket, the page keeps waiting for it, and # on it signs the user in.
     */
    @Test
    void aBackupCallRefusedByTheSendLimitLeavesTheRingingCallToConfirm() {
        String number = TestUser.freshNumber();
        String backup = TestUser.freshNumber();
        TestUser ida = TestUser.withPhoneCalls(server, number, backup);
        try (var oneSend =
                        server.portalSettings(
                                Map.of(PortalSetting.SENDS_PER_USER_PER_HOUR.key(), 1));
                Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, ida.username(), ida.password()));
            PlacedCall first = twilio.lastCallTo(number);

            WaitPage refused = new WaitPage(waiting.click("backup"));

            assertThat(refused.page().feedback()).contains("Too many messages or calls");
            assertThat(twilio.calls()).noneMatch(call -> call.to().equals(backup));
            assertThat(twilio.callUpdates()).noneMatch(update -> update.sid().equals(first.sid()));
            assertThat(refused.isWaiting()).isTrue();
            twilio.answer(first.sid());
            assertThat(twilio.press(first.sid(), "#").text()).contains("confirmed");
            assertThat(refused.awaitState(5)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(refused.continueSignIn())).isTrue();
        }
    }

    /**
     * The user sets up phone calls with a PIN at first sign-in, as the setup page asks (the realm
     * requires PINs).
     */
    private void enrollCallsWithPin(TestUser user, String number, String pin) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage setup =
                    new WaitPage(
                            app.signInWithPassword(browser, user.username(), user.password())
                                    .form("mfa-setup-choice-form")
                                    .fill("method", "mfa-voice-setup")
                                    .submit()
                                    .form("mfa-phone-setup-form")
                                    .fill("number", number)
                                    .fill("pin", pin)
                                    .fill("pinConfirm", pin)
                                    .submit());
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);
            twilio.press(sid, pin + "#");
            assertThat(DemoApp.isSignedIn(setup.continueSignIn())).isTrue();
        }
    }
}
