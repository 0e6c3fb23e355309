package org.mfaportal.remember;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/**
 * The user's remembered browsers, kept as credentials of their own type: in Keycloak's database,
 * bound to the user (a record id from another user's cookie finds nothing), visible on every node.
 * No authenticator has this type, so it is never offered as a way to sign in and never counts as a
 * second factor (catalog.SecondFactors looks for method types).
 */
public final class RememberedBrowsers {

    public static final String TYPE = "mfa-remembered-browser";

    private RememberedBrowsers() {}

    /** Remembers the browser for {@code days} from now; the caller puts the token in its cookie. */
    static BrowserToken remember(UserModel user, String userAgent, int days) {
        String secret = BrowserToken.newSecret();
        long now = Time.currentTimeMillis();
        forgetExpired(user, now);
        CredentialModel credential = new CredentialModel();
        credential.setType(TYPE);
        credential.setUserLabel(BrowserName.of(userAgent));
        credential.setCreatedDate(now);
        credential.setCredentialData(
                write(
                        new Record(
                                now,
                                now + Duration.ofDays(days).toMillis(),
                                Fingerprints.methods(user),
                                Fingerprints.password(user))));
        credential.setSecretData(write(Map.of("hash", BrowserToken.hash(secret))));
        CredentialModel stored = user.credentialManager().createStoredCredential(credential);
        return new BrowserToken(stored.getId(), secret);
    }

    /**
     * The user's record that this cookie names, if it is still good: the secret matches, it has not
     * expired (nor outlived the realm's current number of days), the user's methods are those it
     * was remembered with, and, where {@code passwordBound}, so is the password. A record that is
     * no longer good is removed. A good one notes that it was used now.
     */
    static Optional<RememberedBrowser> recognise(
            UserModel user, String cookie, int days, boolean passwordBound) {
        Optional<BrowserToken> token = BrowserToken.parse(cookie);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        CredentialModel credential =
                user.credentialManager().getStoredCredentialById(token.get().recordId());
        if (credential == null
                || !TYPE.equals(credential.getType())
                || !token.get().matches(hashOf(credential))) {
            return Optional.empty();
        }
        Record record = read(credential);
        long now = Time.currentTimeMillis();
        boolean good =
                now < record.expiresAt()
                        && now < credential.getCreatedDate() + Duration.ofDays(days).toMillis()
                        && record.methods().equals(Fingerprints.methods(user))
                        && (!passwordBound
                                || record.password().equals(Fingerprints.password(user)));
        if (!good) {
            user.credentialManager().removeStoredCredentialById(credential.getId());
            return Optional.empty();
        }
        credential.setCredentialData(write(record.usedAt(now)));
        user.credentialManager().updateStoredCredential(credential);
        return Optional.of(shown(credential));
    }

    /** Newest first. */
    public static List<RememberedBrowser> of(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(TYPE)
                .map(RememberedBrowsers::shown)
                .sorted(Comparator.comparingLong(RememberedBrowser::createdAt).reversed())
                .toList();
    }

    /** False when the user has no such record. */
    public static boolean forget(UserModel user, String id) {
        CredentialModel credential = user.credentialManager().getStoredCredentialById(id);
        if (credential == null || !TYPE.equals(credential.getType())) {
            return false;
        }
        return user.credentialManager().removeStoredCredentialById(id);
    }

    /** How many were forgotten. */
    public static int forgetAll(UserModel user) {
        List<String> ids =
                user.credentialManager()
                        .getStoredCredentialsByTypeStream(TYPE)
                        .map(CredentialModel::getId)
                        .toList();
        ids.forEach(id -> user.credentialManager().removeStoredCredentialById(id));
        return ids.size();
    }

    /**
     * Records of browsers that never came back would stay forever: each new one clears the user's
     * expired ones.
     */
    private static void forgetExpired(UserModel user, long now) {
        user.credentialManager()
                .getStoredCredentialsByTypeStream(TYPE)
                .filter(credential -> read(credential).expiresAt() <= now)
                .map(CredentialModel::getId)
                .toList()
                .forEach(id -> user.credentialManager().removeStoredCredentialById(id));
    }

    private static RememberedBrowser shown(CredentialModel credential) {
        Record record = read(credential);
        return new RememberedBrowser(
                credential.getId(),
                credential.getUserLabel(),
                credential.getCreatedDate(),
                record.lastUsedAt(),
                record.expiresAt());
    }

    /** The record's public data: when, until when, and what it was trusted with. */
    record Record(long lastUsedAt, long expiresAt, String methods, String password) {
        Record usedAt(long now) {
            return new Record(now, expiresAt, methods, password);
        }
    }

    private static Record read(CredentialModel credential) {
        try {
            return JsonSerialization.readValue(credential.getCredentialData(), Record.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable remembered browser", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String hashOf(CredentialModel credential) {
        try {
            return (String)
                    JsonSerialization.readValue(credential.getSecretData(), Map.class).get("hash");
        } catch (IOException e) {
            return null;
        }
    }

    private static String write(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
