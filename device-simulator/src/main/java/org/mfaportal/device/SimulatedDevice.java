package org.mfaportal.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One push token on a simulated privacyIDEA Authenticator (4.8.0, no Firebase), speaking the app's
 * side of pipush v1 as docs/pipush-protocol.md describes it: enroll, update the "Firebase" token,
 * poll, answer. Not thread-safe; one instance is one token.
 */
public final class SimulatedDevice {

    static final String NO_FIREBASE_TOKEN = "no_firebase_token";

    /** App 4.8.0 announces §9 decline reasons on every request; the value is never signed. */
    static final String APP_CAPABILITIES = "[\"decline_reason\"]";

    private static final int APP_KEY_BITS = 4096;

    private final KeyPair keys;
    private final DeviceHttp http = new DeviceHttp();
    private Clock clock = Clock.systemUTC();
    private Duration clockOffset = Duration.ZERO;
    private Enrollment enrollment;
    private RSAPublicKey serverKey;
    private boolean firebaseTokenUpdated;
    private String firebaseToken;
    private List<String> dropped = List.of();

    private SimulatedDevice(KeyPair keys) {
        this.keys = keys;
    }

    /** A device with a fresh RSA-4096 key pair, as the app makes for every push token. */
    public static SimulatedDevice create() {
        return create(APP_KEY_BITS);
    }

    /** A smaller key (e.g. 2048) makes tests faster; the protocol does not care about the size. */
    public static SimulatedDevice create(int keyBits) {
        return new SimulatedDevice(RsaKeys.generate(keyBits));
    }

    /**
     * Enrollment step 2 (spec §2): POSTs the one-time credential and the device's key to the URI's
     * url and keeps the server's key from {@code detail.public_key}.
     *
     * @throws IllegalArgumentException when the app would refuse the URI (see {@link
     *     EnrollmentUri})
     * @throws DeviceException when the server refuses, or answers without a PKCS#1 key
     */
    public Enrollment enroll(String otpauthUri) {
        if (enrollment != null) {
            throw new IllegalStateException(
                    "this device already holds token " + enrollment.serial());
        }
        EnrollmentUri invitation = EnrollmentUri.parse(otpauthUri);
        Enrollment offered = invitation.enrollment();
        if (!offered.pollOnly() && firebaseToken == null) {
            throw new IllegalArgumentException(
                    "the enrollment URI lacks poll_only=True: an app without Firebase "
                            + "fails this rollout at 'receiving Firebase token'");
        }
        if (invitation.credential() == null) {
            throw new IllegalArgumentException(
                    "the enrollment URI has no 'enrollment_credential' parameter");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("enrollment_credential", invitation.credential());
        form.put("serial", offered.serial());
        // A poll-only rollout asks Firebase for nothing, even where the app could.
        form.put("fbtoken", offered.pollOnly() ? NO_FIREBASE_TOKEN : firebaseToken);
        form.put("pubkey", RsaKeys.spkiBase64(keys.getPublic()));
        form.put("capabilities", APP_CAPABILITIES);
        HttpResult reply = http.post(offered.url(), form, offered.sslVerify());
        // The app counts <100, 4xx, 5xx and >=600 as errors; anything else must carry the key.
        if (reply.status() < 100 || reply.status() >= 400) {
            throw new DeviceException(reply.status(), reply.body());
        }
        serverKey = serverKeyFrom(reply);
        enrollment = offered;
        return enrollment;
    }

    /**
     * An app that registered with Firebase (a build of the app's Firebase project): it enrolls
     * where the QR code lacks poll_only, sending this registration token, and reads pushed requests
     * ({@link #receivePushed}).
     */
    public SimulatedDevice withFirebase(String registrationToken) {
        this.firebaseToken = registrationToken;
        return this;
    }

    /**
     * A request that arrived as a Firebase data message (its data as JSON): kept as a poll's would
     * be (its serial, the server's signatures, §9 capabilities), else dropped with the reason in
     * {@link #droppedChallenges()}.
     */
    public List<PushRequest> receivePushed(String dataJson) {
        Enrollment token = enrolled();
        List<ChallengeReader.Received> received =
                ChallengeReader.read("{\"result\":{\"value\":[" + dataJson + "]}}");
        ChallengeFilter.Outcome outcome =
                ChallengeFilter.apply(received, token.serial(), serverKey);
        dropped = outcome.dropped();
        return outcome.kept();
    }

    /**
     * Spec §2b: what the app sends once after a poll-only rollout, at its next start. Returns the
     * HTTP status.
     */
    public int updateFirebaseToken() {
        Enrollment token = enrolled();
        String timestamp = timestamp();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("new_fb_token", NO_FIREBASE_TOKEN);
        form.put("serial", token.serial());
        form.put("timestamp", timestamp);
        form.put("signature", sign(NO_FIREBASE_TOKEN + "|" + token.serial() + "|" + timestamp));
        form.put("capabilities", APP_CAPABILITIES);
        int status = http.post(token.url(), form, token.sslVerify()).status();
        firebaseTokenUpdated = status / 100 == 2;
        return status;
    }

    /**
     * Spec §4: a signed GET; returns the open requests whose server signature verifies with the key
     * from enrollment. Others are dropped silently, as the app drops them; {@link
     * #droppedChallenges()} says why.
     *
     * @throws DeviceException when the server does not answer 200, or answers with a list the app
     *     would discard
     */
    public List<PushRequest> poll() {
        Enrollment token = enrolled();
        String timestamp = timestamp();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("serial", token.serial());
        query.put("timestamp", timestamp);
        query.put("signature", sign(token.serial() + "|" + timestamp));
        query.put("capabilities", APP_CAPABILITIES);
        HttpResult reply = http.get(DeviceHttp.withQuery(token.url(), query), token.sslVerify());
        if (reply.status() != 200) {
            throw new DeviceException(reply.status(), reply.body());
        }
        List<ChallengeReader.Received> received;
        try {
            received = ChallengeReader.read(reply.body());
        } catch (IllegalArgumentException e) {
            throw new DeviceException(
                    "the app would discard this poll reply: " + e.getMessage(),
                    reply.status(),
                    reply.body());
        }
        ChallengeFilter.Outcome outcome =
                ChallengeFilter.apply(received, token.serial(), serverKey);
        dropped = outcome.dropped();
        return outcome.kept();
    }

    /** Why challenges of the last poll were dropped (empty when none were). */
    public List<String> droppedChallenges() {
        return dropped;
    }

    /**
     * Accept (spec §5): signs {@code nonce|serial}. Number matching requests need {@link #pick}.
     */
    public Answer approve(PushRequest request) {
        if (request.numberMatching()) {
            throw new IllegalArgumentException(
                    "the app offers only the options "
                            + request.options()
                            + " for this request: use pick");
        }
        return answer(request, Map.of(), request.nonce() + "|" + enrolled().serial());
    }

    /**
     * Number matching (spec §6): the tapped option goes in {@code presence_answer} and the signed
     * string.
     */
    public Answer pick(PushRequest request, String option) {
        if (!request.options().contains(option)) {
            throw new IllegalArgumentException(
                    "the app shows only " + request.options() + ", not '" + option + "'");
        }
        return answer(
                request,
                Map.of("presence_answer", option),
                request.nonce() + "|" + enrolled().serial() + "|" + option);
    }

    /**
     * Decline as an app without §9 (4.7.x) does, or 4.8.0 where the server announced nothing:
     * {@code decline=1}, no reason.
     */
    public Answer deny(PushRequest request) {
        return answer(
                request,
                Map.of("decline", "1"),
                request.nonce() + "|" + enrolled().serial() + "|decline");
    }

    /**
     * Decline (the user did not start it) or Discard (they did and stop), as 4.8.0 does (spec §9):
     * the reason is sent and signed only where the server announced it.
     */
    public Answer decline(PushRequest request, DeclineReason reason) {
        if (!request.declineReasons()) {
            return deny(request);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("decline", "1");
        fields.put("decline_reason", reason.wire());
        return answer(
                request,
                fields,
                request.nonce() + "|" + enrolled().serial() + "|decline|" + reason.wire());
    }

    /** Sets (not adds to) how far this device's clock is ahead of the real one. */
    public void clockOffset(Duration offset) {
        clockOffset = offset;
    }

    public Duration clockOffset() {
        return clockOffset;
    }

    public String serial() {
        return enrolled().serial();
    }

    public URI url() {
        return enrolled().url();
    }

    /** The enrollment as read from the URI; empty before a successful {@link #enroll}. */
    public Optional<Enrollment> enrollment() {
        return Optional.ofNullable(enrollment);
    }

    /** Whether the §2b update got a 2xx; the app repeats it at every start until it does. */
    public boolean firebaseTokenUpdated() {
        return firebaseTokenUpdated;
    }

    /** Padded base32 of SHA256withRSA over {@code text} with this device's key. */
    public String sign(String text) {
        return RsaKeys.sign(keys.getPrivate(), text);
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public HttpResult post(URI url, Map<String, String> form) {
        return http.post(url, form, sslVerify());
    }

    public HttpResult get(URI url) {
        return http.get(url, sslVerify());
    }

    public void save(Path file) {
        try {
            DeviceState.of(keys, enrollment, serverKey, clockOffset, firebaseTokenUpdated)
                    .write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static SimulatedDevice load(Path file) {
        try {
            DeviceState state = DeviceState.read(file);
            SimulatedDevice device = new SimulatedDevice(state.keyPair());
            device.enrollment = state.enrollment();
            device.serverKey =
                    state.serverPublicKey() == null
                            ? null
                            : RsaKeys.fromPkcs1Base64(state.serverPublicKey());
            device.clockOffset =
                    state.clockOffset() == null
                            ? Duration.ZERO
                            : Duration.parse(state.clockOffset());
            device.firebaseTokenUpdated = state.firebaseTokenUpdated();
            return device;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** For tests that need exact timestamps. */
    void clock(Clock fixed) {
        clock = fixed;
    }

    private Answer answer(PushRequest request, Map<String, String> extra, String signedText) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("serial", enrolled().serial());
        form.put("nonce", request.nonce());
        form.putAll(extra);
        form.put("signature", sign(signedText));
        boolean sslVerify = "1".equals(request.sslverify());
        HttpResult reply;
        try {
            reply = http.post(request.url(), form, sslVerify);
        } catch (UncheckedIOException firstFailure) {
            // The app tries a second time after a connection failure, then gives up.
            reply = http.post(request.url(), form, sslVerify);
        }
        return new Answer(reply.status(), reply.body());
    }

    private static RSAPublicKey serverKeyFrom(HttpResult reply) {
        try {
            String text =
                    ServerReplies.parse(reply.body())
                            .map(json -> json.path("detail").path("public_key"))
                            .filter(JsonNode::isTextual)
                            .map(JsonNode::textValue)
                            .orElseThrow(
                                    () -> new IllegalArgumentException("no detail.public_key"));
            return RsaKeys.fromPkcs1Base64(text);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(
                    "unknown rollout error: detail.public_key is missing or not a b64 PKCS#1 "
                            + "RSAPublicKey ("
                            + e.getMessage()
                            + ")",
                    reply.status(),
                    reply.body());
        }
    }

    private String timestamp() {
        return DartTimestamp.format(clock.instant().plus(clockOffset));
    }

    private boolean sslVerify() {
        return enrollment == null || enrollment.sslVerify();
    }

    private Enrollment enrolled() {
        if (enrollment == null) {
            throw new IllegalStateException("this device is not enrolled yet");
        }
        return enrollment;
    }
}
