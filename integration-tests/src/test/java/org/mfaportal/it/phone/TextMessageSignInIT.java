package org.mfaportal.it.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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

/** Signing in with a code by text message, through Twilio's API (a fake on loopback). */
@ExtendWith(KeycloakServer.Extension.class)
class TextMessageSignInIT {

    private static final String CODE_FORM = "mfa-sms-code-form";
    private static final String OUTSIDE = "203.0.113.77";

    private final KeycloakServer server;
    private final FakeTwilio twilio;
    private final DemoApp app;

    /** Whatever a story changes in the portal settings is put back after it. */
    private PortalSettingsScope settings;

    TextMessageSignInIT(KeycloakServer server) {
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
    void theCodeFromTheTextSignsTheUserIn() {
        String number = TestUser.freshNumber();
        TestUser ann = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page codePage = app.signInWithPassword(browser, ann.username(), ann.password());
            assertThat(codePage.showsForm(CODE_FORM)).isTrue();
            assertThat(codePage.body())
                    .contains(number.substring(number.length() - 4))
                    .doesNotContain(number);

            String code = twilio.lastTextTo(number).code();
            assertThat(code).hasSize(6);
            assertThat(DemoApp.isSignedIn(codePage.form(CODE_FORM).fill("code", code).submit()))
                    .isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, ann.id(), "LOGIN").get(0);
        assertThat(login.path("details").path("mfa_method").asText()).isEqualTo("mfa-sms");
        assertThat(login.path("details").path("mfa_gateway").asText()).isEqualTo("twilio");
        assertThat(login.path("details").path("mfa_gateway_id").asText())
                .isEqualTo(twilio.lastTextTo(number).sid());
        assertThat(login.toString()).doesNotContain(twilio.lastTextTo(number).code());
    }

    @Test
    void onceWrongCodesInAnotherTabLockTheUserTheRightCodeIsRefused() {
        String number = TestUser.freshNumber();
        TestUser eli = TestUser.withTextMessages(server, number);
        BruteForce bruteForce = new BruteForce(server);
        try (Browser first = server.browser().forwardedFor(OUTSIDE);
                Browser second = server.browser().forwardedFor(OUTSIDE)) {
            Page firstTab = app.signInWithPassword(first, eli.username(), eli.password());
            String code = twilio.lastTextTo(number).code();
            Page secondTab = app.signInWithPassword(second, eli.username(), eli.password());
            String secondCode = twilio.lastTextTo(number).code();
            String wrong =
                    java.util.stream.Stream.of("000000", "111111", "222222")
                            .filter(c -> !c.equals(code) && !c.equals(secondCode))
                            .findFirst()
                            .orElseThrow();
            int failureFactor =
                    server.admin()
                            .get("/admin/realms/" + KeycloakServer.REALM)
                            .requireStatus(200)
                            .json()
                            .get("failureFactor")
                            .asInt();
            for (int attempt = 0;
                    attempt <= failureFactor && !bruteForce.locked(eli.id());
                    attempt++) {
                secondTab = secondTab.form(CODE_FORM).fill("code", wrong).submit();
            }
            assertThat(bruteForce.awaitLocked(eli.id())).isTrue();
            int failures = bruteForce.failures(eli.id());

            Page refused = firstTab.form(CODE_FORM).fill("code", code).submit();

            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.feedback()).isEqualTo(BruteForce.LOCKED_MESSAGE);
            assertThat(bruteForce.locked(eli.id())).isTrue();
            assertThat(bruteForce.failures(eli.id())).isEqualTo(failures);
        } finally {
            bruteForce.release(eli.id());
        }
    }

    @Test
    void aWrongCodeIsRefusedAndCountsAsAFailedAttempt() {
        String number = TestUser.freshNumber();
        TestUser ben = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page codePage = app.signInWithPassword(browser, ben.username(), ben.password());
            String wrong = twilio.lastTextTo(number).code().equals("000000") ? "111111" : "000000";

            Page again = codePage.form(CODE_FORM).fill("code", wrong).submit();

            assertThat(again.showsForm(CODE_FORM)).isTrue();
            assertThat(again.feedback()).contains("not correct");
        }
        assertThat(server.admin().failedLogins(KeycloakServer.REALM, ben.id(), 1)).isEqualTo(1);
        // The same details as the LOGIN event of a success: method, gateway and the text's id,
        // never the code.
        JsonNode failure =
                server.admin().events(KeycloakServer.REALM, ben.id(), "LOGIN_ERROR").get(0);
        assertThat(failure.path("error").asText()).isEqualTo("invalid_user_credentials");
        assertThat(failure.path("details").path("mfa_method").asText()).isEqualTo("mfa-sms");
        assertThat(failure.path("details").path("mfa_gateway").asText()).isEqualTo("twilio");
        assertThat(failure.path("details").path("mfa_gateway_id").asText())
                .isEqualTo(twilio.lastTextTo(number).sid());
    }

    @Test
    void aTextTheCarrierCannotDeliverIsSeenOnThePageAndCountsAgainstNobody() {
        String number = TestUser.freshNumber();
        TestUser dan = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page codePage = app.signInWithPassword(browser, dan.username(), dan.password());
            String deliveryState =
                    codePage.html().getElementById(CODE_FORM).attr("data-delivery-state-url");
            assertThat(deliveryState).as("the page watches the text's delivery").isNotEmpty();
            assertThat(WaitPage.stateAt(deliveryState, 0)).isEqualTo("PENDING");

            assertThat(twilio.reportDelivery(twilio.lastTextTo(number), "undelivered", 30003))
                    .isEqualTo(204);

            // What the page's script does the moment the report lands.
            assertThat(WaitPage.stateAt(deliveryState, 5)).isEqualTo("UNDELIVERED");
            Page told = codePage.form(CODE_FORM).fill("deliveryReport", "true").submit();
            assertThat(told.feedback()).contains("could not be delivered");
            assertThat(told.html().getElementById(CODE_FORM).hasAttr("data-delivery-state-url"))
                    .isFalse();
        }
        assertThat(server.admin().failedLogins(KeycloakServer.REALM, dan.id(), 0)).isZero();
    }

    @Test
    void aDeliveryReportAfterTheSignInIsNoErrorAForgedOneIsRefused() {
        String number = TestUser.freshNumber();
        TestUser eli = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page codePage = app.signInWithPassword(browser, eli.username(), eli.password());
            assertThat(
                            DemoApp.isSignedIn(
                                    codePage.form(CODE_FORM)
                                            .fill("code", twilio.lastTextTo(number).code())
                                            .submit()))
                    .isTrue();
        }
        SentText text = twilio.lastTextTo(number);
        assertThat(twilio.reportDelivery(text, "delivered", null)).isEqualTo(204);
        assertThat(
                        twilio.webhooks()
                                .postUnsigned(
                                        text.statusCallback(),
                                        Map.of(
                                                "MessageSid",
                                                text.sid(),
                                                "MessageStatus",
                                                "undelivered"))
                                .status())
                .isEqualTo(403);
    }

    @Test
    void anExpiredCodeIsRefused() {
        String number = TestUser.freshNumber();
        TestUser cleo = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            Page codePage = app.signInWithPassword(browser, cleo.username(), cleo.password());
            String code = twilio.lastTextTo(number).code();

            clock.advance(Duration.ofMinutes(6)); // codes live 5 minutes by default

            Page again = codePage.form(CODE_FORM).fill("code", code).submit();
            assertThat(DemoApp.isSignedIn(again)).isFalse();
            assertThat(again.feedback()).contains("expired");
        }
    }

    @Test
    void aResendWaitsForTheCooldownAndSendsTheSameLiveCode() {
        String number = TestUser.freshNumber();
        TestUser dan = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            Page codePage = app.signInWithPassword(browser, dan.username(), dan.password());
            String first = twilio.lastTextTo(number).code();

            Page tooSoon = codePage.form(CODE_FORM).fill("resend", "true").submit();
            assertThat(tooSoon.feedback()).containsPattern("wait \\d+ seconds");
            assertThat(twilio.textsTo(number)).hasSize(1);

            clock.advance(Duration.ofSeconds(31));
            Page resent = tooSoon.form(CODE_FORM).fill("resend", "true").submit();

            assertThat(twilio.textsTo(number)).hasSize(2);
            assertThat(twilio.lastTextTo(number).code()).isEqualTo(first);
            assertThat(DemoApp.isSignedIn(resent.form(CODE_FORM).fill("code", first).submit()))
                    .isTrue();
        }
    }

    @Test
    void sendingStopsAtTheUsersLimitWithAClearMessage() {
        server.admin()
                .updatePortalSettings(
                        KeycloakServer.REALM,
                        Map.of(
                                PortalSetting.SENDS_PER_USER_PER_HOUR.key(),
                                2,
                                PortalSetting.RESEND_COOLDOWN_SECONDS.key(),
                                10))
                .requireStatus(200);
        String number = TestUser.freshNumber();
        TestUser eve = TestUser.withTextMessages(server, number);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            // The limit counts per clock hour: start at the top of one, so that the story's 22 s
            // never cross into the next.
            long now = System.currentTimeMillis() / 1000;
            clock.advance(Duration.ofSeconds(3600 - now % 3600 + 1));
            Page page = app.signInWithPassword(browser, eve.username(), eve.password());
            clock.advance(Duration.ofSeconds(11));
            page = page.form(CODE_FORM).fill("resend", "true").submit();
            clock.advance(Duration.ofSeconds(11));

            Page limited = page.form(CODE_FORM).fill("resend", "true").submit();

            assertThat(limited.status()).isEqualTo(200);
            assertThat(limited.feedback()).contains("Too many messages");
            assertThat(twilio.textsTo(number)).hasSize(2);
        }
    }

    @Test
    void aPassingTwilioErrorOffersToTryAgainAPermanentOneSaysWhatToDo() {
        String flaky = TestUser.freshNumber();
        twilio.refuse(flaky, 30001, "Queue overflow");
        TestUser fay = TestUser.withTextMessages(server, flaky);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page page = app.signInWithPassword(browser, fay.username(), fay.password());

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.feedback()).contains("could not reach your phone", "try again");
        }
        String stopped = TestUser.freshNumber();
        twilio.refuse(stopped, 21610, "Attempt to send to unsubscribed recipient");
        TestUser gil = TestUser.withTextMessages(server, stopped);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page page = app.signInWithPassword(browser, gil.username(), gil.password());

            assertThat(page.feedback())
                    .contains("replied STOP", "Reply START")
                    .doesNotContain("try again");
        }
    }
}
