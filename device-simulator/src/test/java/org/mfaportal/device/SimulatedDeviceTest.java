package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mfaportal.device.FakePushServer.CREDENTIAL;
import static org.mfaportal.device.FakePushServer.SERIAL;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device against an in-process server that checks the exact fields and signed strings of the
 * spec.
 */
class SimulatedDeviceTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final Instant SPEC_TIME =
            Instant.parse("2026-08-21T09:30:42.123456Z"); // spec E5

    private FakePushServer server;
    private SimulatedDevice device;

    @BeforeEach
    void start() throws IOException {
        server = new FakePushServer();
        device = SimulatedDevice.create(2048);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void enrollmentPostsTheAppsFieldsAndKeepsTheServersKey() {
        Enrollment enrollment = device.enroll(server.enrollmentUri());

        FakePushServer.Received post = server.last();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.contentType()).isEqualTo(FORM);
        assertThat(post.fields())
                .containsExactly(
                        Map.entry("enrollment_credential", CREDENTIAL),
                        Map.entry("serial", SERIAL),
                        Map.entry("fbtoken", "no_firebase_token"),
                        Map.entry("pubkey", RsaKeys.spkiBase64(device.publicKey())),
                        Map.entry("capabilities", "[\"decline_reason\"]"));
        assertThat(enrollment.serial()).isEqualTo(SERIAL);
        assertThat(device.serial()).isEqualTo(SERIAL);
        assertThat(device.url()).isEqualTo(URI.create(server.url()));
        assertThat(enrollment.pollOnly()).isTrue();
    }

    @Test
    void aRefusedEnrollmentCarriesTheServersMessage() {
        String wrongCredential = server.enrollmentUri().replace(CREDENTIAL, "0".repeat(40));
        assertThatThrownBy(() -> device.enroll(wrongCredential))
                .isInstanceOfSatisfying(
                        DeviceException.class,
                        e -> {
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.getMessage()).contains("Invalid enrollment credential");
                            assertThat(e.body()).contains("\"status\":false");
                        });
        assertThatThrownBy(device::serial).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anSpkiInDetailPublicKeyFailsTheRolloutAsInTheApp() { // spec 2: "Do not send SPKI here"
        server.sendAsServerKey(RsaKeys.spkiBase64(server.serverKey()));
        assertThatThrownBy(() -> device.enroll(server.enrollmentUri()))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("unknown rollout error");
    }

    @Test
    void aUriWithoutPollOnlyIsRefusedWithoutAnyRequest() {
        assertThatThrownBy(
                        () -> device.enroll(server.enrollmentUri().replace("&poll_only=True", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("poll_only=True");
        assertThatThrownBy(
                        () ->
                                device.enroll(
                                        server.enrollmentUri()
                                                .replace(
                                                        "enrollment_credential=" + CREDENTIAL + "&",
                                                        "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrollment_credential");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void theFirebaseUpdateIsSignedOverTokenSerialAndTimestamp() {
        device.enroll(server.enrollmentUri());
        device.clock(Clock.fixed(SPEC_TIME, ZoneOffset.UTC));

        assertThat(device.updateFirebaseToken())
                .isEqualTo(200); // the server verified the signature

        assertThat(server.last().fields())
                .containsOnlyKeys(
                        "new_fb_token", "serial", "timestamp", "signature", "capabilities")
                .containsEntry("new_fb_token", "no_firebase_token")
                .containsEntry("timestamp", "2026-08-21T09:30:42.123456Z");
        assertThat(server.last().fields().get("signature"))
                .isEqualTo(
                        device.sign(
                                "no_firebase_token|" + SERIAL + "|2026-08-21T09:30:42.123456Z"));
        assertThat(device.firebaseTokenUpdated()).isTrue();
    }

    @Test
    void aPollIsAGetSignedOverSerialAndTheDartTimestamp() {
        device.enroll(server.enrollmentUri());
        device.clock(Clock.fixed(SPEC_TIME, ZoneOffset.UTC));

        assertThat(device.poll()).isEmpty();

        FakePushServer.Received get = server.last();
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.fields())
                .containsExactly(
                        Map.entry("serial", SERIAL),
                        Map.entry("timestamp", "2026-08-21T09:30:42.123456Z"),
                        Map.entry(
                                "signature", device.sign(SERIAL + "|2026-08-21T09:30:42.123456Z")),
                        Map.entry("capabilities", "[\"decline_reason\"]"));
    }

    @Test
    void theClockOffsetMovesTheSignedTimestamp() {
        device.enroll(server.enrollmentUri());
        device.clock(Clock.fixed(SPEC_TIME, ZoneOffset.UTC));
        device.clockOffset(Duration.ofMinutes(5));

        device.poll();

        assertThat(server.last().fields())
                .containsEntry("timestamp", "2026-08-21T09:35:42.123456Z");
    }

    @Test
    void aRefusedPollThrowsWithStatusAndBody() {
        device.enroll(server.enrollmentUri());
        server.forgetDevice();
        assertThatThrownBy(device::poll)
                .isInstanceOfSatisfying(
                        DeviceException.class,
                        e -> {
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.getMessage()).contains("Could not verify signature!");
                        });
    }

    @Test
    void onlyChallengesWhoseServerSignatureVerifiesAreKept() {
        device.enroll(server.enrollmentUri());
        String shouting = server.url().replace("http://", "HTTP://");
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of());
        server.offer(
                "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
                shouting,
                server.url(),
                List.of()); // signed canonically
        server.offer(
                "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC",
                shouting,
                shouting,
                List.of()); // signed as sent
        server.offer("DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD", List.of())
                .put("signature", device.sign("forged"));
        server.offer("EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE", List.of()).put("serial", "PIPU00000000");
        server.offer(
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of()); // the app ignores a nonce it knows

        List<PushRequest> requests = device.poll();

        assertThat(requests)
                .extracting(PushRequest::nonce)
                .containsExactly(
                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
        assertThat(device.droppedChallenges()).hasSize(3);
        assertThat(requests.get(0).numberMatching()).isFalse();
        assertThat(requests.get(0).sslverify()).isEqualTo("0");
    }

    @Test
    void aChallengeWithANonStringFieldMakesTheWholeReplyUnusable() {
        device.enroll(server.enrollmentUri());
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of());
        server.offer("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", List.of()).put("sslverify", 0);
        assertThatThrownBy(device::poll)
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("challenge 1 has no string 'sslverify'");
    }

    @Test
    void approvingPostsNonceAndSerialSigned() {
        device.enroll(server.enrollmentUri());
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of());

        Answer answer = device.approve(device.poll().get(0));

        assertThat(answer.accepted()).isTrue();
        assertThat(server.last().contentType()).isEqualTo(FORM);
        assertThat(server.last().fields())
                .containsExactly(
                        Map.entry("serial", SERIAL),
                        Map.entry("nonce", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                        Map.entry(
                                "signature",
                                device.sign("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|" + SERIAL)));
    }

    @Test
    void denyingSignsTheDecline() {
        device.enroll(server.enrollmentUri());
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of("K", "C", "R"));

        Answer answer = device.deny(device.poll().get(0));

        assertThat(answer.accepted()).isTrue();
        assertThat(server.last().fields())
                .containsExactly(
                        Map.entry("serial", SERIAL),
                        Map.entry("nonce", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                        Map.entry("decline", "1"),
                        Map.entry(
                                "signature",
                                device.sign(
                                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|"
                                                + SERIAL
                                                + "|decline")));
    }

    @Test
    void declineReasonsAreSentAndSignedWhereTheServerAnnouncedThem() {
        device.enroll(server.enrollmentUri());
        server.announceDeclineReasons(server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of()));
        PushRequest request = device.poll().get(0);
        assertThat(request.declineReasons()).isTrue();

        Answer answer = device.decline(request, DeclineReason.UNKNOWN_TRIGGER);

        assertThat(answer.accepted()).isTrue();
        assertThat(server.last().fields())
                .containsExactly(
                        Map.entry("serial", SERIAL),
                        Map.entry("nonce", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                        Map.entry("decline", "1"),
                        Map.entry("decline_reason", "unknown_trigger"),
                        Map.entry(
                                "signature",
                                device.sign(
                                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|"
                                                + SERIAL
                                                + "|decline|unknown_trigger")));
    }

    @Test
    void withoutAnAnnouncementADeclineCarriesNoReason() {
        device.enroll(server.enrollmentUri());
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of());
        PushRequest request = device.poll().get(0);
        assertThat(request.declineReasons()).isFalse();

        device.decline(request, DeclineReason.CANCELLED);

        assertThat(server.last().fields()).doesNotContainKey("decline_reason");
        assertThat(server.last().fields()).containsEntry("decline", "1");
    }

    @Test
    void capabilitiesSignedForAnotherChallengeDropTheChallenge() {
        device.enroll(server.enrollmentUri());
        Map<String, Object> other =
                server.announceDeclineReasons(
                        server.offer("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", List.of()));
        server.announceDeclineReasons(server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of()))
                .put("capabilities_signature", other.get("capabilities_signature"));

        assertThat(device.poll())
                .extracting(PushRequest::nonce)
                .containsExactly("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
        assertThat(device.droppedChallenges()).singleElement().asString().contains("§9");
    }

    @Test
    void numberMatchingSignsThePickedOption() {
        device.enroll(server.enrollmentUri());
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of("K", "C", "R"));
        PushRequest request = device.poll().get(0);
        assertThat(request.numberMatching()).isTrue();
        assertThat(request.options()).containsExactly("K", "C", "R");

        Answer answer = device.pick(request, "C");

        assertThat(answer.accepted()).isTrue();
        assertThat(server.last().fields())
                .containsExactly(
                        Map.entry("serial", SERIAL),
                        Map.entry("nonce", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                        Map.entry("presence_answer", "C"),
                        Map.entry(
                                "signature",
                                device.sign("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|" + SERIAL + "|C")));
    }

    @Test
    void aWrongPickIsAnHttp200ThatIsNotAccepted() {
        device.enroll(server.enrollmentUri());
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of("K", "C", "R"));

        Answer answer = device.pick(device.poll().get(0), "K");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.accepted()).isFalse();
    }

    @Test
    void theAppOffersNeitherAPlainApproveNorAnUnlistedOptionForNumberMatching() {
        device.enroll(server.enrollmentUri());
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of("K", "C", "R"));
        PushRequest request = device.poll().get(0);

        assertThatThrownBy(() -> device.approve(request))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> device.pick(request, "Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSavedDeviceComesBackWithItsKeysTokenAndClock(@TempDir Path folder) {
        device.enroll(server.enrollmentUri());
        device.clockOffset(Duration.ofSeconds(-30));
        Path file = folder.resolve("device.json");

        device.save(file);
        SimulatedDevice loaded = SimulatedDevice.load(file);

        assertThat(loaded.serial()).isEqualTo(SERIAL);
        assertThat(loaded.url()).isEqualTo(device.url());
        assertThat(loaded.clockOffset()).isEqualTo(Duration.ofSeconds(-30));
        assertThat(loaded.sign("same text"))
                .isEqualTo(device.sign("same text")); // PKCS#1 v1.5 is deterministic
        server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of());
        assertThat(loaded.poll()).hasSize(1); // the server's key came back too
    }

    @Test
    void rawRequestsReturnWhateverTheServerSays() {
        device.enroll(server.enrollmentUri());
        HttpResult post =
                device.post(
                        device.url(),
                        Map.of("serial", SERIAL, "nonce", "X", "signature", "AAAA===="));
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.body()).contains("\"value\":false");
        assertThat(device.get(URI.create(server.url() + "?serial=" + SERIAL)).status())
                .isEqualTo(400);
    }
}
