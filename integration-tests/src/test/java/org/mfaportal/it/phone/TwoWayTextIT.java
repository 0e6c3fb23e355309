package org.mfaportal.it.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.BruteForce;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.it.kit.twilio.SentText;
import org.mfaportal.settings.PortalSetting;

/** Two-way texts: the user replies with the code; only the texted number's reply counts, once. */
@ExtendWith(KeycloakServer.Extension.class)
class TwoWayTextIT {

    private static final String OUTSIDE = "203.0.113.66";

    private final KeycloakServer server;
    private final FakeTwilio twilio;
    private final DemoApp app;

    /**
     * Opened before each story, closed after it: the story leaves the settings as it found them.
     */
    private PortalSettingsScope settings;

    TwoWayTextIT(KeycloakServer server) {
        this.server = server;
        this.twilio = server.twilio();
        this.app = new DemoApp(server);
    }

    @BeforeEach
    void replyByText() {
        settings = server.portalSettings(Map.of(PortalSetting.SMS_TWO_WAY.key(), true));
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void replyingWithTheCodeSignsTheUserIn() {
        String number = TestUser.freshNumber();
        TestUser pia = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, pia.username(), pia.password()));
            String text = twilio.lastTextTo(number).body();
            assertThat(text).contains("reply");

            assertThat(twilio.replyText(number, twilio.lastTextTo(number).code())).isEqualTo(200);

            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        }
        // A reply after the sign-in ended decides nothing.
        assertThat(twilio.replyText(number, "123456")).isEqualTo(200);
    }

    @Test
    void theRightReplyIsRefusedWhileSomeoneElsesWrongPasswordsHaveLockedTheUser() {
        String number = TestUser.freshNumber();
        TestUser ray = TestUser.withTextMessages(server, number);
        BruteForce bruteForce = new BruteForce(server);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, ray.username(), ray.password()));
            bruteForce.lockWithWrongPasswords(ray);
            int failures = bruteForce.failures(ray.id());

            assertThat(twilio.replyText(number, twilio.lastTextTo(number).code())).isEqualTo(200);
            Page refused = waiting.continueSignIn();

            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.feedback()).isEqualTo(BruteForce.LOCKED_MESSAGE);
            assertThat(bruteForce.locked(ray.id())).isTrue();
            assertThat(bruteForce.failures(ray.id())).isEqualTo(failures);
        } finally {
            bruteForce.release(ray.id());
        }
    }

    /**
     * A call's keys posted for a text's ticket, signed as the gateway signs (a confused or replayed
     * webhook), decide nothing: only the method that opened a ticket reads its webhooks.
     */
    @Test
    void callKeysPostedForATextsTicketDecideNothing() {
        String number = TestUser.freshNumber();
        TestUser uma = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, uma.username(), uma.password()));
            SentText text = twilio.lastTextTo(number);
            // The text's status callback names its ticket: .../texts/{ticket}/status.
            String[] path = text.statusCallback().getPath().split("/");
            String ticket = path[path.length - 2];
            // Under the text's own id, so only the method check stands between it and a "yes".
            Map<String, String> pressed =
                    new LinkedHashMap<>(twilio.callFields(text.sid(), number, "in-progress"));
            pressed.put("Digits", "");
            pressed.put("FinishedOnKey", "#");

            assertThat(
                            twilio.webhooks()
                                    .postSigned(server.phoneWebhooks().callDigits(ticket), pressed)
                                    .status())
                    .isEqualTo(403);
            assertThat(waiting.awaitState(1)).isEqualTo("PENDING");

            // The ticket was untouched: the right reply still signs the user in.
            assertThat(twilio.replyText(number, text.code())).isEqualTo(200);
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
        }
    }

    @Test
    void aReplyFromAnotherNumberIsIgnored() {
        String number = TestUser.freshNumber();
        TestUser quin = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, quin.username(), quin.password()));

            twilio.replyText(TestUser.freshNumber(), twilio.lastTextTo(number).code());

            assertThat(waiting.awaitState(0)).isEqualTo("PENDING");
        }
    }

    @Test
    void replyingStopIsNoFailedSignInThePageOffersAnotherWay() {
        String number = TestUser.freshNumber();
        TestUser ted = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, ted.username(), ted.password()));

            // HELP and START are Twilio's to answer: the code may still come.
            twilio.replyText(number, "help");
            assertThat(waiting.awaitState(0)).isEqualTo("PENDING");
            twilio.replyText(number, " Stop ");

            assertThat(waiting.awaitState(5)).isEqualTo("REPLIES_STOPPED");
            WaitPage stopped = new WaitPage(waiting.continueSignIn());
            assertThat(stopped.page().feedback()).contains("replied STOP").contains("Reply START");
            assertThat(DemoApp.isSignedIn(stopped.page())).isFalse();
        }
        assertThat(server.admin().failedLogins(KeycloakServer.REALM, ted.id(), 0)).isZero();
        assertThat(server.admin().events(KeycloakServer.REALM, ted.id(), "LOGIN_ERROR"))
                .extracting(e -> e.path("error").asText())
                .containsExactly("mfa_sms_opted_out");
    }

    @Test
    void anUndeliveredTextEndsTheWaitAtOnce() {
        String number = TestUser.freshNumber();
        TestUser uma = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, uma.username(), uma.password()));

            assertThat(twilio.reportDelivery(twilio.lastTextTo(number), "failed", 30008))
                    .isEqualTo(204);

            assertThat(waiting.awaitState(5)).isEqualTo("UNDELIVERED");
            WaitPage told = new WaitPage(waiting.continueSignIn());
            assertThat(told.page().feedback()).contains("could not be delivered");
            assertThat(told.isWaiting()).isFalse();
        }
        assertThat(server.admin().failedLogins(KeycloakServer.REALM, uma.id(), 0)).isZero();
    }

    @Test
    void anOpenWaitingPageNeverSendsANewTextByItself() {
        String number = TestUser.freshNumber();
        TestUser sol = TestUser.withTextMessages(server, number);
        int lifetime =
                ((Number)
                                server.admin()
                                        .portalSettings(KeycloakServer.REALM)
                                        .get(PortalSetting.CODE_LIFETIME_SECONDS.key()))
                        .intValue();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, sol.username(), sol.password()));
            assertThat(twilio.textsTo(number)).hasSize(1);

            clock.advance(Duration.ofSeconds(lifetime + 1));
            // The page's poll learns the code is gone and submits itself, as its script does.
            assertThat(waiting.awaitState(0)).isEqualTo("GONE");
            WaitPage expired = new WaitPage(waiting.continueSignIn());

            assertThat(expired.page().feedback()).contains("expired");
            assertThat(expired.isWaiting()).isFalse();
            assertThat(twilio.textsTo(number)).as("no text without the user's click").hasSize(1);

            WaitPage again = new WaitPage(expired.click("again"));
            assertThat(again.isWaiting()).isTrue();
            assertThat(twilio.textsTo(number)).hasSize(2);
        }
    }

    @Test
    void withARequiredPinTheReplyCarriesCodeAndPin() {
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM, Map.of(PortalSetting.PIN_REQUIRED.key(), true))
                .requireStatus(200);
        TestUser rae = TestUser.withoutSecondFactor(server);
        String number = TestUser.freshNumber();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            // Setup: number and PIN, confirmed by replying code + PIN.
            var choice = app.signInWithPassword(browser, rae.username(), rae.password());
            WaitPage setup =
                    new WaitPage(
                            choice.form("mfa-setup-choice-form")
                                    .fill("method", "mfa-sms-setup")
                                    .submit()
                                    .form("mfa-phone-setup-form")
                                    .fill("number", number)
                                    .fill("pin", "5831")
                                    .fill("pinConfirm", "5831")
                                    .submit());
            twilio.replyText(number, twilio.lastTextTo(number).code() + " 5831");
            assertThat(DemoApp.isSignedIn(setup.continueSignIn())).isTrue();
        }
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            WaitPage waiting =
                    new WaitPage(app.signInWithPassword(browser, rae.username(), rae.password()));
            twilio.replyText(number, twilio.lastTextTo(number).code() + " 0000");
            assertThat(waiting.awaitState(5)).isEqualTo("WRONG_PIN");
            WaitPage retry = new WaitPage(waiting.continueSignIn());
            assertThat(retry.page().feedback()).contains("right PIN");

            clock.advance(Duration.ofSeconds(31)); // the resend cooldown
            WaitPage again = new WaitPage(retry.click("again"));
            assertThat(again.isWaiting()).isTrue();
            twilio.replyText(number, twilio.lastTextTo(number).code() + " 5831");
            assertThat(DemoApp.isSignedIn(again.continueSignIn())).isTrue();
        }
    }
}
