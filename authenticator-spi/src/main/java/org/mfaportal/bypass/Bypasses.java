package org.mfaportal.bypass;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * One-time bypasses in Keycloak's single-use store: one per user, expiring by itself, consumed by
 * the store's atomic remove so that two sign-ins racing on two nodes cannot both use it.
 */
public final class Bypasses {

    /** An active bypass: when it ends and who started it ("user" or an admin's user id). */
    public record Bypass(long expiresAt, String grantedBy, long seconds) {}

    private static final String PREFIX = "mfa-portal:bypass:";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String GRANTED_BY = "grantedBy";
    private static final String SECONDS = "seconds";

    private final SingleUseObjectProvider store;

    public Bypasses(KeycloakSession session) {
        this.store = session.singleUseObjects();
    }

    /** Starts (or restarts) the user's bypass; it takes effect when this request commits. */
    public Bypass grant(RealmModel realm, UserModel user, Duration lifetime, String grantedBy) {
        long expiresAt = Time.currentTime() + lifetime.toSeconds();
        store.remove(key(realm, user));
        store.put(
                key(realm, user),
                lifetime.toSeconds(),
                Map.of(
                        EXPIRES_AT,
                        Long.toString(expiresAt),
                        GRANTED_BY,
                        grantedBy,
                        SECONDS,
                        Long.toString(lifetime.toSeconds())));
        return new Bypass(expiresAt, grantedBy, lifetime.toSeconds());
    }

    public Optional<Bypass> find(RealmModel realm, UserModel user) {
        return read(store.get(key(realm, user)));
    }

    /** Uses the bypass up: present for exactly one caller, cluster-wide. */
    public Optional<Bypass> consume(RealmModel realm, UserModel user) {
        return read(store.remove(key(realm, user)));
    }

    public void cancel(RealmModel realm, UserModel user) {
        store.remove(key(realm, user));
    }

    private static Optional<Bypass> read(Map<String, String> notes) {
        if (notes == null || Long.parseLong(notes.get(EXPIRES_AT)) <= Time.currentTime()) {
            return Optional.empty();
        }
        return Optional.of(
                new Bypass(
                        Long.parseLong(notes.get(EXPIRES_AT)),
                        notes.get(GRANTED_BY),
                        Long.parseLong(notes.get(SECONDS))));
    }

    private static String key(RealmModel realm, UserModel user) {
        return PREFIX + realm.getId() + ":" + user.getId();
    }
}
