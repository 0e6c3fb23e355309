package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mfaportal.it.push.PushUsers.OUTSIDE;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.device.PushRequest;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.firebase.FakeFirebase;
import org.mfaportal.it.kit.firebase.FcmFailure;
import org.mfaportal.it.kit.firebase.SentMessage;
import org.mfaportal.settings.PortalSetting;

/**
 * Issue 17.3: a realm that chooses Firebase wakes the app through FCM (a fake on loopback, with
 * Google's token endpoint), and nothing FCM does stands in the way of a sign-in: the app polls.
 */
@ExtendWith(KeycloakServer.Extension.class)
class FirebasePushIT {

    /** What privacyIDEA's server puts in the data of a push (and nothing more). */
    private static final List<String> PRIVACYIDEA_FIELDS =
            List.of(
                    "nonce",
                    "question",
                    "serial",
                    "signature",
                    "sslverify",
                    "title",
                    "url",
                    "require_presence",
                    "version",
                    "capabilities",
                    "capabilities_signature");

    private final KeycloakServer server;
    private final FakeFirebase firebase;
    private final DemoApp app;

    FirebasePushIT(KeycloakServer server) {
        this.server = server;
        this.firebase = server.firebase();
        this.app = new DemoApp(server);
    }

    private PortalSettingsScope firebaseRealm() {
        return server.portalSettings(Map.of(PortalSetting.PUSH_NOTIFIER.key(), "firebase"));
    }

    @Test
    void aFirebaseRealmWakesTheAppWithTheSignedRequestAndTheApprovalSignsIn() {
        try (var realm = firebaseRealm()) {
            String registration = registrationToken();
            AppUser phone = enroll(registration, false);
            assertThat(firebase.awaitMessages(registration, 1))
                    .as("Authenticate Me Now went through Firebase too")
                    .hasSize(1);

            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                PushWait waiting = PushUsers.signIn(app, browser, phone.user());
                SentMessage woken = firebase.awaitMessages(registration, 2).get(1);

                assertThat(woken.projectId()).isEqualTo(firebase.account().projectId());
                assertThat(woken.data().keySet())
                        .containsAll(PRIVACYIDEA_FIELDS)
                        .hasSameSizeAs(PRIVACYIDEA_FIELDS);
                assertThat(woken.data())
                        .containsEntry("serial", phone.device().serial())
                        .containsEntry("url", phone.device().url().toString())
                        .containsEntry("sslverify", "0")
                        .containsEntry("version", "2");
                assertThat(woken.android().path("priority").asText()).isEqualTo("HIGH");
                assertThat(woken.android().path("ttl").asText()).matches("\\d+s");
                assertThat(woken.apns().path("headers").path("apns-push-type").asText())
                        .isEqualTo("alert");
                assertThat(woken.apns().path("headers").path("apns-priority").asText())
                        .isEqualTo("10");
                assertThat(woken.message().has("notification")).as("data-only").isFalse();

                // The app checks the server's signature before it shows the request.
                List<PushRequest> shown = phone.device().receivePushed(woken.dataJson());
                assertThat(shown).as(phone.device().droppedChallenges().toString()).hasSize(1);
                assertThat(Phone.approve(phone.device(), shown.get(0), waiting.number()).accepted())
                        .isTrue();
                assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
                assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
            }
        }
    }

    @Test
    void theAccessTokenIsFetchedOnceAndReusedUntilItExpires() throws Exception {
        try (var realm = firebaseRealm()) {
            String registration = registrationToken();
            AppUser phone = enroll(registration, false);
            firebase.awaitMessages(registration, 1);
            int afterEnrollment = firebase.tokensIssued();
            assertThat(afterEnrollment).isPositive();

            signInByPushedRequest(phone, registration, 2);
            signInByPushedRequest(phone, registration, 3);
            assertThat(firebase.tokensIssued()).as("one token, reused").isEqualTo(afterEnrollment);

            // Google's library keeps a token until less than 3 minutes are left, by the system
            // clock (Keycloak's time offset does not reach it): a 2-minute token counts as expired
            // at once. The operator rotates the key file, so the server starts over from a new
            // credential and its first token is such a short one.
            firebase.tokenLifetime(Duration.ofMinutes(2));
            try {
                firebase.rotateKey();
                int beforeShortTokens = firebase.tokensIssued();
                signInByPushedRequest(phone, registration, 4);
                assertThat(firebase.tokensIssued()).isEqualTo(beforeShortTokens + 1);
                signInByPushedRequest(phone, registration, 5);
                assertThat(firebase.tokensIssued())
                        .as("the expired token fetched again")
                        .isEqualTo(beforeShortTokens + 2);
            } finally {
                firebase.tokenLifetime(Duration.ofHours(1));
            }
        }
    }

    @Test
    void whateverFcmAnswersTheSignInCompletesByPollingAndTheLogSaysWhyWithoutTokens()
            throws Exception {
        try (var realm = firebaseRealm()) {
            String registration = registrationToken();
            AppUser phone = enroll(registration, false);
            int sent = firebase.awaitMessages(registration, 1).size();
            for (FcmFailure failure :
                    List.of(
                            FcmFailure.UNREGISTERED,
                            FcmFailure.QUOTA_EXCEEDED,
                            FcmFailure.UNAVAILABLE)) {
                firebase.failFor(registration, failure);
                try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                    PushWait waiting = PushUsers.signIn(app, browser, phone.user());
                    firebase.awaitMessages(registration, ++sent);

                    Phone.answerTheOnlyRequest(phone.device(), waiting.number());
                    assertThat(waiting.awaitState(5)).as(failure.name()).isEqualTo("APPROVED");
                    assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
                }
                awaitLogLine(
                        "Firebase: not sent to device "
                                + phone.device().serial()
                                + " of realm "
                                + KeycloakServer.REALM
                                + ": "
                                + failure.logged());
            }
            String log = Files.readString(server.log());
            assertThat(log).doesNotContain(registration).doesNotContain("ya29.");
        }
    }

    @Test
    void aPollRealmsQrCodeSaysPollOnlyAndNothingGoesThroughFirebase() {
        String registration = registrationToken();
        AppUser phone = enroll(registration, true);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, phone.user());
            Phone.answerTheOnlyRequest(phone.device(), waiting.number());
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
        }
        // The app sent no_firebase_token at a poll-only rollout: even a realm that switches to
        // Firebase later has nothing to wake that phone with.
        try (var realm = firebaseRealm();
                Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, phone.user());
            Phone.answerTheOnlyRequest(phone.device(), waiting.number());
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
        }
        assertThat(firebase.messagesTo(registration)).isEmpty();
        assertThat(firebase.refusedTo(registration)).isEmpty();
    }

    /** A user and their phone, whose app registered with Firebase. */
    private record AppUser(TestUser user, SimulatedDevice device) {}

    /**
     * First sign-in, mobile app chosen: the QR code, read as the phone reads it, then activation
     * and the first approval (by polling, which the app always does).
     */
    private AppUser enroll(String registration, boolean expectPollOnly) {
        TestUser user = TestUser.withoutSecondFactor(server);
        SimulatedDevice device =
                SimulatedDevice.create(PushUsers.DEVICE_KEY_BITS).withFirebase(registration);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page activation =
                    Activation.generate(
                            PushUsers.setupPage(app, browser, user), "Phone of " + user.username());
            String qr = Activation.scanQr(activation);
            if (expectPollOnly) {
                assertThat(qr).contains("&poll_only=True");
            } else {
                assertThat(qr).doesNotContain("poll_only");
            }
            device.enroll(qr);
            PushWait activating = new PushWait(activation);
            assertThat(activating.awaitState(10)).isEqualTo("APPROVED");
            Page ready = activating.continueOn();
            PushWait first =
                    new PushWait(
                            ready.form(PushWait.SETUP_FORM).fill("authenticate", "true").submit());
            Phone.answerTheOnlyRequest(device, first.number());
            assertThat(first.awaitState(10)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(first.continueOn())).isTrue();
        }
        return new AppUser(user, device);
    }

    /** Signs in, answering the request that came through Firebase (the {@code nth} message). */
    private void signInByPushedRequest(AppUser phone, String registration, int nth) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, phone.user());
            SentMessage woken = firebase.awaitMessages(registration, nth).get(nth - 1);
            PushRequest request = phone.device().receivePushed(woken.dataJson()).get(0);
            Phone.approve(phone.device(), request, waiting.number());
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
        }
    }

    /** The worker logs after FCM answered, a moment after the fake recorded the message. */
    private void awaitLogLine(String line) throws Exception {
        long deadline = System.nanoTime() + FakeFirebase.PATIENCE.toNanos();
        while (!Files.readString(server.log()).contains(line)) {
            assertThat(System.nanoTime()).as("the server log says: " + line).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** What Firebase hands an app: an opaque string; unique, so each test owns its messages. */
    private static String registrationToken() {
        return "fcm-it-"
                + UUID.randomUUID()
                + ":APA91b"
                + UUID.randomUUID().toString().replace("-", "");
    }
}
