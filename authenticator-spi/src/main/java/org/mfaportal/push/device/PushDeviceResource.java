package org.mfaportal.push.device;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.push.challenge.Challenges;
import org.mfaportal.push.protocol.PiJson;
import org.mfaportal.push.protocol.Signatures;
import org.mfaportal.push.protocol.SignedStrings;
import org.mfaportal.push.protocol.Timestamps;

/**
 * /realms/{realm}/mfa-portal/push/{userRef}: everything the app sends, as privacyIDEA's /ttype/push
 * answers it. POSTs are told apart by their fields (rollout, token update, answer); GET is a poll.
 * Errors are privacyIDEA's JSON with a 4xx, and change nothing.
 */
public final class PushDeviceResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    public PushDeviceResource(KeycloakSession session, String userRef) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        String userId = DeviceUrls.userId(userRef);
        this.user = userId == null ? null : session.users().getUserById(realm, userId);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post() {
        MultivaluedMap<String, String> form =
                session.getContext().getHttpRequest().getDecodedFormParameters();
        if (form.containsKey("fbtoken") && form.containsKey("pubkey")) {
            return new Rollout(session, realm, user).step2(form);
        }
        if (form.containsKey("new_fb_token")
                && form.containsKey("timestamp")
                && form.containsKey("signature")) {
            return firebaseUpdate(form);
        }
        if (form.containsKey("nonce") && form.containsKey("signature")) {
            return new DeviceAnswers(session, realm, user).answer(form);
        }
        // Also the iOS app's network-permission probe: an empty POST, answered at once.
        return error(400, PiJson.ERR_PARAMETER, "ERR905: Missing parameters.");
    }

    /**
     * A poll: the open challenges for this device, each freshly signed with the device's server
     * key.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response poll(
            @QueryParam("serial") String serial,
            @QueryParam("timestamp") String timestamp,
            @QueryParam("signature") String signature) {
        if (serial == null || timestamp == null || signature == null) {
            return error(
                    400,
                    PiJson.ERR_PARAMETER,
                    "ERR905: Missing parameter: serial, timestamp and signature are required.");
        }
        Optional<PushDevice> device = device(serial);
        if (device.isEmpty()
                || !Signatures.verify(
                        device.get().deviceKey(),
                        SignedStrings.poll(serial, timestamp),
                        signature)) {
            return error(400, PiJson.ERR_GENERIC, "ERR10: Could not verify signature!");
        }
        if (!Timestamps.within(timestamp, Time.currentTimeMillis(), Timestamps.POLL_WINDOW)) {
            return error(
                    400,
                    PiJson.ERR_GENERIC,
                    "ERR10: Timestamp " + timestamp + " not in valid range.");
        }
        String url = DeviceUrls.of(session, realm, user);
        List<Map<String, String>> open =
                new Challenges(session)
                        .open(realm.getId(), user.getId()).stream()
                                .filter(challenge -> challenge.sentTo(serial))
                                .map(
                                        challenge ->
                                                ChallengeJson.of(
                                                        challenge,
                                                        url,
                                                        serial,
                                                        device.get().serverPrivateKey()))
                                .toList();
        return ok(PiJson.result(open, null));
    }

    private Response firebaseUpdate(MultivaluedMap<String, String> form) {
        String serial = form.getFirst("serial");
        String timestamp = form.getFirst("timestamp");
        Optional<PushDevice> device = device(serial);
        if (device.isEmpty()
                || !Signatures.verify(
                        device.get().deviceKey(),
                        SignedStrings.firebaseUpdate(
                                form.getFirst("new_fb_token"), serial, timestamp),
                        form.getFirst("signature"))
                || !Timestamps.within(
                        timestamp, Time.currentTimeMillis(), Timestamps.FIREBASE_UPDATE_WINDOW)) {
            return error(400, PiJson.ERR_GENERIC, "ERR10: Could not verify signature!");
        }
        // Kept for the Firebase notifier (a poll-only app sends "no_firebase_token": kept as none).
        if (device.get().confirmed()) {
            PushDevices.updateFirebaseToken(
                    user, serial, PushDevice.firebaseTokenOf(form.getFirst("new_fb_token")));
        }
        return ok(PiJson.result(true, null));
    }

    /** A confirmed device of this user, or the one activated and waiting for its first approval. */
    private Optional<PushDevice> device(String serial) {
        if (user == null || serial == null) {
            return Optional.empty();
        }
        return PushDevices.bySerial(user, serial)
                .or(() -> new Activations(session).activated(serial, realm.getId(), user.getId()));
    }

    static Response ok(Map<String, Object> json) {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response error(int status, int code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(PiJson.error(code, message))
                .build();
    }
}
