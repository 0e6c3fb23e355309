package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mfaportal.it.push.PushUsers.OUTSIDE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.device.Answer;
import org.mfaportal.device.HttpResult;
import org.mfaportal.device.PushRequest;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.settings.PortalSetting;

/**
 * Signing in with the mobile app: approve by picking the shown number, deny, and what a device may
 * not do.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PushSignInIT {

    private final KeycloakServer server;
    private final DemoApp app;

    PushSignInIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @Test
    void pickingTheShownNumberOnThePhoneSignsTheUserIn() {
        PushUsers.Enrolled ann = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, ann.user());
            String number = waiting.number();
            assertThat(number).matches("[1-9][0-9]");
            assertThat(waiting.page().html().getElementById("mfa-push-pick").text())
                    .contains("Pick " + number + " on your phone");

            PushRequest request = Phone.theOnlyRequest(ann.device());
            assertThat(request.numberMatching()).isTrue();
            assertThat(request.options()).hasSize(3).doesNotHaveDuplicates().contains(number);
            assertThat(ann.device().pick(request, number).accepted()).isTrue();

            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
        }
        JsonNode login =
                server.admin().events(KeycloakServer.REALM, ann.user().id(), "LOGIN").get(0);
        assertThat(login.path("details").path("mfa_method").asText()).isEqualTo("mfa-push");
        assertThat(login.path("details").path("mfa_push_serial").asText())
                .isEqualTo(ann.device().serial());
    }

    @Test
    void reloadingThePageAfterThePhoneApprovedSignsInWithoutASecondPush() {
        PushUsers.Enrolled dan = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, dan.user());
            assertThat(Phone.answerTheOnlyRequest(dan.device(), waiting.number()).accepted())
                    .isTrue();
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");

            // Reloading a page that a POST returned: Keycloak says "Page has expired" and offers to
            // continue.
            Page expired = browser.open(waiting.page().uri().toString());
            Page reloaded =
                    browser.open(expired.html().getElementById("loginContinueLink").absUrl("href"));

            assertThat(DemoApp.isSignedIn(reloaded))
                    .as(reloaded.title() + " | " + reloaded.feedback())
                    .isTrue();
            assertThat(dan.device().poll()).as("no second push").isEmpty();
        }
    }

    @Test
    void thePhoneAnswersWhereItWasActivatedWhicheverHostTheBrowserSignsInThrough() {
        PushUsers.Enrolled fay = PushUsers.enrolled(server, app);
        assertThat(fay.device().url().getHost()).isEqualTo("127.0.0.1");
        String otherHost = server.realmUrl().replace("//127.0.0.1:", "//localhost:");
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page login = browser.open(app.signInUrl().replace(server.realmUrl(), otherHost));
            PushWait waiting =
                    new PushWait(
                            login.form("kc-form-login")
                                    .fill("username", fay.user().username())
                                    .fill("password", fay.user().password())
                                    .submit());
            assertThat(waiting.page().uri().getHost()).isEqualTo("localhost");

            // Else a forged Host on the login page could send the phone's answers, denials
            // included, elsewhere.
            assertThat(Phone.theOnlyRequest(fay.device()).url()).isEqualTo(fay.device().url());
        }
    }

    @Test
    void aPhoneOnlyUserWhoseRealmStopsAllowingTheAppSetsUpAnotherMethod() {
        PushUsers.Enrolled cid = PushUsers.enrolled(server, app);
        try (var settings =
                        server.portalSettings(
                                Map.of(PortalSetting.MOBILE_APP_ALLOWED.key(), false));
                Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page next =
                    app.signInWithPassword(browser, cid.user().username(), cid.user().password());

            assertThat(next.html().getElementById("mfa-setup-choice-form"))
                    .as(next.title() + " | " + next.feedback())
                    .isNotNull();
            assertThat(next.html().select("input[name=method]").eachAttr("value"))
                    .contains("mfa-sms-setup")
                    .doesNotContain("mfa-push-setup");
        }
    }

    @Test
    void denyingOnThePhoneStopsTheSignInAndRaisesASuspiciousEvent() {
        PushUsers.Enrolled bea = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, bea.user());

            Answer denied = bea.device().deny(Phone.theOnlyRequest(bea.device()));

            assertThat(denied.status()).isEqualTo(200);
            assertThat(waiting.awaitState(5)).isEqualTo("DENIED");
            Page refused = waiting.continueOn();
            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.feedback()).contains("denied on your phone");
        }
        JsonNode event =
                server.admin().events(KeycloakServer.REALM, bea.user().id(), "LOGIN_ERROR").stream()
                        .filter(e -> "mfa_push_denied".equals(e.path("error").asText()))
                        .findFirst()
                        .orElseThrow();
        assertThat(event.path("details").path("suspicious").asText()).isEqualTo("true");
        assertThat(event.path("details").path("mfa_method").asText()).isEqualTo("mfa-push");
        assertThat(event.path("details").path("mfa_push_serial").asText())
                .isEqualTo(bea.device().serial());
    }

    @Test
    void aWrongNumberRefusesTheSignInAndCountsAsAFailedAttempt() {
        PushUsers.Enrolled cal = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, cal.user());
            PushRequest request = Phone.theOnlyRequest(cal.device());
            String wrong =
                    request.options().stream()
                            .filter(o -> !o.equals(waiting.number()))
                            .findFirst()
                            .orElseThrow();

            Answer answer = cal.device().pick(request, wrong);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.accepted()).isFalse();
            assertThat(waiting.awaitState(5)).isEqualTo("WRONG_ANSWER");
            Page refused = waiting.continueOn();
            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.feedback()).contains("wrong number");
            // Closed, not left open: the right number afterwards changes nothing.
            assertThat(cal.device().pick(request, waiting.number()).status()).isBetween(400, 499);
        }
        assertThat(server.admin().failedLogins(KeycloakServer.REALM, cal.user().id(), 1))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReplayedApprovalIsRefusedAndChangesNothing() {
        PushUsers.Enrolled dan = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, dan.user());
            PushRequest request = Phone.theOnlyRequest(dan.device());
            Map<String, String> approval =
                    PushUsers.answer(
                            dan.device(), dan.device().serial(), request.nonce(), waiting.number());

            assertThat(dan.device().post(request.url(), approval).status()).isEqualTo(200);
            HttpResult replay = dan.device().post(request.url(), approval);

            assertThat(replay.status()).isBetween(400, 499);
            assertThat(replay.body()).contains("\"status\":false");
            assertThat(waiting.awaitState(0)).isEqualTo("APPROVED");
            // Before the sign-in completes: a successful login clears the count.
            assertThat(server.admin().failedLogins(KeycloakServer.REALM, dan.user().id(), 1))
                    .isEqualTo(1);
            assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
        }
    }

    @Test
    void aForgedSignatureIsRefusedCountsAsAFailedAttemptAndLeavesTheRequestOpen() {
        PushUsers.Enrolled eve = PushUsers.enrolled(server, app);
        SimulatedDevice forger = SimulatedDevice.create(PushUsers.DEVICE_KEY_BITS);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, eve.user());
            PushRequest request = Phone.theOnlyRequest(eve.device());

            HttpResult forged =
                    eve.device()
                            .post(
                                    request.url(),
                                    PushUsers.answer(
                                            forger,
                                            eve.device().serial(),
                                            request.nonce(),
                                            waiting.number()));

            assertThat(forged.status()).isEqualTo(400);
            assertThat(forged.body()).contains("Could not verify signature");
            assertThat(waiting.awaitState(0)).isEqualTo("PENDING");
            assertThat(server.admin().failedLogins(KeycloakServer.REALM, eve.user().id(), 1))
                    .isEqualTo(1);

            assertThat(Phone.approve(eve.device(), request, waiting.number()).accepted()).isTrue();
            assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
        }
    }

    @Test
    void aDeviceOfAnotherUserCannotAnswer() {
        PushUsers.Enrolled fay = PushUsers.enrolled(server, app);
        PushUsers.Enrolled gus = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, fay.user());
            PushRequest request = Phone.theOnlyRequest(fay.device());
            assertThat(gus.device().poll())
                    .as("Gus's phone sees nothing of Fay's sign-in")
                    .isEmpty();

            // At Gus's own URL, and at Fay's: signed correctly by Gus's device, refused either way.
            HttpResult atOwnUrl =
                    gus.device()
                            .post(
                                    gus.device().url(),
                                    PushUsers.answer(
                                            gus.device(),
                                            gus.device().serial(),
                                            request.nonce(),
                                            waiting.number()));
            HttpResult atHerUrl =
                    gus.device()
                            .post(
                                    request.url(),
                                    PushUsers.answer(
                                            gus.device(),
                                            gus.device().serial(),
                                            request.nonce(),
                                            waiting.number()));

            assertThat(atOwnUrl.status()).isBetween(400, 499);
            assertThat(atHerUrl.status()).isBetween(400, 499);
            assertThat(waiting.awaitState(0)).isEqualTo("PENDING");
        }
    }

    @Test
    void anAnswerAfterTheRequestExpiredIsRefused() {
        PushUsers.Enrolled hal = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            PushWait waiting = PushUsers.signIn(app, browser, hal.user());
            PushRequest request = Phone.theOnlyRequest(hal.device());

            clock.advance(Duration.ofSeconds(121));
            assertThat(waiting.awaitState(0))
                    .as("the page's long poll says so at expiry")
                    .isEqualTo("EXPIRED");
            hal.device().clockOffset(Duration.ofSeconds(121));
            Answer late = Phone.approve(hal.device(), request, waiting.number());

            assertThat(late.status()).isBetween(400, 499);
            assertThat(hal.device().poll()).isEmpty();
            Page expired = waiting.page().form(PushWait.FORM).submit();
            assertThat(DemoApp.isSignedIn(expired)).isFalse();
            assertThat(expired.feedback()).contains("expired");
        } finally {
            hal.device().clockOffset(Duration.ZERO);
        }
    }

    @Test
    void anotherBrowserGetsNoSecondPushWhileOneIsOpen() {
        PushUsers.Enrolled ida = PushUsers.enrolled(server, app);
        try (Browser first = server.browser().forwardedFor(OUTSIDE);
                Browser second = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, first, ida.user());
            PushWait refused = PushUsers.signIn(app, second, ida.user());

            assertThat(refused.isWaiting()).isFalse();
            assertThat(refused.page().feedback())
                    .matches(
                            ".*already waiting for approval on your phone; it expires in (\\d+) seconds, "
                                    + "and this page then sends a new request\\. If you did not start it, deny it.*");
            int seconds =
                    Integer.parseInt(
                            refused.page()
                                    .feedback()
                                    .replaceAll(".*expires in (\\d+) seconds.*", "$1"));
            assertThat(seconds).isBetween(1, 120);
            assertThat(refused.page().html().getElementById(PushWait.FORM).attr("data-retry-after"))
                    .isEqualTo(Integer.toString(seconds + 1));
            assertThat(ida.device().poll()).hasSize(1);
            assertThat(Phone.answerTheOnlyRequest(ida.device(), waiting.number()).accepted())
                    .isTrue();
            assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
        }
    }

    @Test
    void aNewSignInInTheSameBrowserClosesItsOwnAbandonedRequestWithoutADenial() {
        PushUsers.Enrolled kai = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait abandoned = PushUsers.signIn(app, browser, kai.user());
            // The user gave up on that page and signs in again from the start, in the same browser.
            PushWait again = PushUsers.signIn(app, browser, kai.user());

            assertThat(again.isWaiting()).as(again.page().feedback()).isTrue();
            assertThat(abandoned.awaitState(0))
                    .as("the abandoned request is closed")
                    .isNotEqualTo("PENDING");
            assertThat(Phone.answerTheOnlyRequest(kai.device(), again.number()).accepted())
                    .isTrue();
            assertThat(DemoApp.isSignedIn(again.continueOn())).isTrue();
        }
        assertThat(server.admin().events(KeycloakServer.REALM, kai.user().id(), "LOGIN_ERROR"))
                .as("closing one's own request is no denial")
                .isEmpty();
    }

    @Test
    void afterTooManyDenialsNoMorePushesThisHour() {
        try (var settings =
                server.portalSettings(
                        Map.of(PortalSetting.PUSH_DENIALS_PER_USER_PER_HOUR.key(), 1))) {
            PushUsers.Enrolled jo = PushUsers.enrolled(server, app);
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                PushWait waiting = PushUsers.signIn(app, browser, jo.user());
                jo.device().deny(Phone.theOnlyRequest(jo.device()));
                Page denied = waiting.continueOn();

                PushWait again = new PushWait(new PushWait(denied).click("again"));

                assertThat(again.isWaiting()).isFalse();
                assertThat(again.page().feedback()).contains("Too many requests were denied");
                assertThat(jo.device().poll()).isEmpty();
            }
        }
    }

    @Test
    void withoutNumberMatchingAPlainApprovalSignsIn() {
        try (var settings =
                server.portalSettings(Map.of(PortalSetting.PUSH_NUMBER_MATCHING.key(), false))) {
            PushUsers.Enrolled kim = PushUsers.enrolled(server, app);
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                PushWait waiting = PushUsers.signIn(app, browser, kim.user());
                assertThat(waiting.number()).isNull();
                PushRequest request = Phone.theOnlyRequest(kim.device());
                assertThat(request.numberMatching()).isFalse();

                assertThat(kim.device().approve(request).accepted()).isTrue();
                assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
            }
        }
    }

    @Test
    void theDeviceEndpointSpeaksPrivacyIdeasProtocol() {
        PushUsers.Enrolled lea = PushUsers.enrolled(server, app);

        HttpResult probe = lea.device().post(lea.device().url(), Map.of());
        assertThat(probe.status()).isEqualTo(400);
        assertThat(probe.body()).contains("\"status\":false");
        assertThat(lea.device().updateFirebaseToken()).isEqualTo(200);
        assertThat(lea.device().poll()).isEmpty();
        assertThat(lea.device().url().toString())
                .doesNotContain(":80/")
                .contains("/mfa-portal/push/");
        HttpResult unsigned = lea.device().get(lea.device().url());
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.body()).contains("\"status\":false");
    }
}
