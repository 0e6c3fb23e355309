package org.mfaportal.voice;

import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.BookkeepingAttributes;
import org.mfaportal.phone.PhoneCredentialData;

/**
 * The lock a fraud report puts on a user's phone calls. The lock itself is in the voice credential
 * (it survives a change of numbers); a user attribute marks the locked users so that the admin
 * console finds them with Keycloak's attribute search instead of reading every user's credentials.
 * Both change together, here only; a user provider that refuses the marker (a directory without
 * import) leaves the lock in force, unlisted.
 */
public final class CallLock {

    /** "true" while the user's calls are locked: the searchable marker. */
    public static final String MARKER = "mfaPortal.callsLocked";

    private CallLock() {}

    static void lock(UserModel user) {
        VoiceCredential.STORE
                .dataOf(user)
                .ifPresent(data -> VoiceCredential.STORE.save(user, data.lock()));
        BookkeepingAttributes.write(
                user, "The calls-locked marker", u -> u.setSingleAttribute(MARKER, "true"));
    }

    /** Lifts the lock; false (and nothing changed) when the user has no phone-call method. */
    public static boolean unlock(UserModel user) {
        PhoneCredentialData phone = VoiceCredential.STORE.dataOf(user).orElse(null);
        if (phone == null) {
            return false;
        }
        VoiceCredential.STORE.save(user, phone.unlock());
        BookkeepingAttributes.write(
                user, "The calls-locked marker's removal", u -> u.removeAttribute(MARKER));
        return true;
    }

    /** Whether the user's calls are locked now (the credential decides, not the marker). */
    public static boolean locked(UserModel user) {
        return VoiceCredential.STORE.dataOf(user).map(PhoneCredentialData::locked).orElse(false);
    }

    /** Users whose calls are locked, found by the marker and confirmed by the credential. */
    public static Stream<UserModel> lockedUsers(KeycloakSession session, RealmModel realm) {
        return session.users()
                .searchForUserByUserAttributeStream(realm, MARKER, "true")
                .filter(CallLock::locked);
    }
}
