package org.mfaportal.flow;

import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Asks Keycloak's brute-force protection about a user, waiting a moment for the user's previous
 * answer to be counted rather than taking that moment for a lock.
 *
 * <p>Keycloak's default protector also says "temporarily disabled" while another request of the
 * same user is in flight: from a sign-in step's check until the count of its success or failure,
 * written by a background task, has committed. That serializes a user's answers, so that parallel
 * guesses cannot outrun the count. Under load the background task can lag behind the next page of a
 * user who answers quickly (a code typed again, the first sign-in after setting up), who would be
 * told the account is disabled with no failure behind it. So when the only reason is a request in
 * flight (the count itself, read in a session of its own where no request is in flight, locks
 * nobody), this waits for it, briefly, and asks again: the answers stay one at a time, and a lock
 * that the awaited count sets is seen.
 */
final class SignInsInFlight {

    /** Long enough for a lagging count on a busy node, short enough to hold a thread. */
    private static final long PATIENCE_MILLIS = 1500;

    private static final long STEP_MILLIS = 25;

    private SignInsInFlight() {}

    /**
     * Keycloak's event error for the user's lock (temporarily or permanently disabled), or null.
     */
    static String disabledError(KeycloakSession session, RealmModel realm, UserModel user) {
        String error = ask(session, realm, user);
        if (!Errors.USER_TEMPORARILY_DISABLED.equals(error)) {
            return error;
        }
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            String counted = lockedByCount(session, realm, user);
            if (counted != null || System.currentTimeMillis() >= deadline || !pause()) {
                return counted != null ? counted : error;
            }
            error = ask(session, realm, user);
            if (!Errors.USER_TEMPORARILY_DISABLED.equals(error)) {
                // The awaited count may itself have locked the user: read it fresh.
                return error != null ? error : lockedByCount(session, realm, user);
            }
        }
    }

    private static String ask(KeycloakSession session, RealmModel realm, UserModel user) {
        return AuthenticatorUtils.getDisabledByBruteForceEventError(
                session.getProvider(BruteForceProtector.class), session, realm, user);
    }

    /**
     * The lock the counted failures set, read in a session of its own (fresh from the store, with
     * no request in flight there), or null.
     */
    private static String lockedByCount(KeycloakSession session, RealmModel realm, UserModel user) {
        return KeycloakModelUtils.runJobInTransactionWithResult(
                session.getKeycloakSessionFactory(),
                own -> {
                    RealmModel ownRealm = own.realms().getRealm(realm.getId());
                    own.getContext().setRealm(ownRealm);
                    UserModel ownUser = own.users().getUserById(ownRealm, user.getId());
                    if (ownUser == null) {
                        return null;
                    }
                    return AuthenticatorUtils.getDisabledByBruteForceEventError(
                            own.getProvider(BruteForceProtector.class), own, ownRealm, ownUser);
                });
    }

    private static boolean pause() {
        try {
            Thread.sleep(STEP_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
