package org.mfaportal.push.device;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.push.protocol.RsaKeys;

/**
 * Activation offers and activated (not yet confirmed) devices, in Keycloak's single-use store. An
 * offer holds only a hash of its activation code; the device's step 2 claims it once with the
 * store's atomic putIfAbsent, and the device's key and the new server key pair wait beside it until
 * the first approval makes them a credential.
 */
public final class Activations {

    /**
     * An offer made to one user for one device name, valid until {@code expiresAt} (Keycloak time,
     * ms).
     */
    public record Offer(
            String serial,
            String realmId,
            String userId,
            String codeHash,
            String name,
            long expiresAt,
            String ticketId) {

        public boolean expired() {
            return Time.currentTimeMillis() > expiresAt;
        }
    }

    /** What step 2 decided. */
    public enum Claim {
        ACTIVATED,
        WRONG_CODE,
        EXPIRED,
        ALREADY_USED
    }

    /** The decision, and on activation the server's new public key for the app. */
    public record Claimed(Claim claim, RSAPublicKey serverKey) {}

    private static final String OFFER = "mfa-portal:push:offer:";
    private static final String CLAIMED = ":claimed";
    private static final String ACTIVATED = "mfa-portal:push:activated:";

    /** After activation the user has this long to confirm with a first approval. */
    private static final Duration CONFIRM_WITHIN = Duration.ofMinutes(15);

    private final SingleUseObjectProvider store;

    public Activations(KeycloakSession session) {
        this.store = session.singleUseObjects();
    }

    public Offer offer(
            String serial,
            String realmId,
            String userId,
            String code,
            String name,
            Duration lifetime,
            String ticketId) {
        Offer offer =
                new Offer(
                        serial,
                        realmId,
                        userId,
                        hash(code),
                        name,
                        Time.currentTimeMillis() + lifetime.toMillis(),
                        ticketId);
        store.put(
                OFFER + serial,
                lifetime.toSeconds() + CONFIRM_WITHIN.toSeconds(),
                Map.of(
                        "realm",
                        realmId,
                        "user",
                        userId,
                        "codeHash",
                        offer.codeHash(),
                        "name",
                        name,
                        "expiresAt",
                        Long.toString(offer.expiresAt()),
                        "ticket",
                        ticketId));
        return offer;
    }

    public Optional<Offer> findOffer(String serial) {
        Map<String, String> notes = serial == null ? null : store.get(OFFER + serial);
        return notes == null
                ? Optional.empty()
                : Optional.of(
                        new Offer(
                                serial,
                                notes.get("realm"),
                                notes.get("user"),
                                notes.get("codeHash"),
                                notes.get("name"),
                                Long.parseLong(notes.get("expiresAt")),
                                notes.get("ticket")));
    }

    /**
     * Step 2 of the rollout: the code must match, the offer must be live and unclaimed. On success
     * the server key pair is generated and kept with the device's key; nothing is stored otherwise.
     */
    public Claimed claim(
            Offer offer, String code, RSAPublicKey deviceKey, String url, String firebaseToken) {
        if (offer.expired()) {
            return new Claimed(Claim.EXPIRED, null);
        }
        if (code == null
                || !MessageDigest.isEqual(
                        hash(code).getBytes(StandardCharsets.US_ASCII),
                        offer.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            return new Claimed(Claim.WRONG_CODE, null);
        }
        // The marker outlives the offer (which lives until expiresAt + CONFIRM_WITHIN): a code
        // claims once, ever.
        long offerLeft = Math.max(0, offer.expiresAt() - Time.currentTimeMillis()) / 1000 + 1;
        if (!store.putIfAbsent(
                OFFER + offer.serial() + CLAIMED, offerLeft + CONFIRM_WITHIN.toSeconds())) {
            return new Claimed(Claim.ALREADY_USED, null);
        }
        KeyPair server = RsaKeys.generate(RsaKeys.SERVER_KEY_BITS);
        Map<String, String> notes = new HashMap<>();
        notes.put("url", url);
        if (firebaseToken != null) {
            notes.put("fbtoken", firebaseToken);
        }
        notes.putAll(
                Map.of(
                        "realm",
                        offer.realmId(),
                        "user",
                        offer.userId(),
                        "name",
                        offer.name(),
                        "deviceKey",
                        RsaKeys.spki(deviceKey),
                        "serverKey",
                        RsaKeys.spki((RSAPublicKey) server.getPublic()),
                        "serverPrivateKey",
                        RsaKeys.pkcs8(server.getPrivate())));
        store.put(ACTIVATED + offer.serial(), CONFIRM_WITHIN.toSeconds(), notes);
        return new Claimed(Claim.ACTIVATED, (RSAPublicKey) server.getPublic());
    }

    /**
     * The activated device waiting for its first approval (visible once the activating request
     * committed), if it belongs to this realm and user.
     */
    public Optional<PushDevice> activated(String serial, String realmId, String userId) {
        Map<String, String> notes = serial == null ? null : store.get(ACTIVATED + serial);
        if (notes == null
                || !realmId.equals(notes.get("realm"))
                || !userId.equals(notes.get("user"))) {
            return Optional.empty();
        }
        return Optional.of(
                new PushDevice(
                        null,
                        notes.get("name"),
                        serial,
                        notes.get("deviceKey"),
                        notes.get("serverKey"),
                        notes.get("serverPrivateKey"),
                        Time.currentTimeMillis(),
                        notes.get("url"),
                        notes.get("fbtoken")));
    }

    /** The offer and its activated device are done with (confirmed, or given up). */
    public void forget(String serial) {
        store.remove(OFFER + serial);
        store.remove(ACTIVATED + serial);
    }

    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
