package org.mfaportal.admin.users;

import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.Method;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.voice.VoiceCredential;

/**
 * Resets one method of the catalog for a user: removes every credential of its type, so the user
 * sets it up again (or the flow offers setup when nothing is left). A fraud lock on calls is kept
 * by refusing the reset: setting calls up again would otherwise end the lock without the unlock.
 */
final class MethodReset {

    /** What happened: the number of credentials removed, or why nothing was. */
    enum Outcome {
        RESET,
        UNKNOWN_METHOD,
        NOT_SET_UP,
        CALLS_LOCKED
    }

    record Result(Outcome outcome, Method method, long removed) {}

    private MethodReset() {}

    static Result reset(UserModel user, String type) {
        Optional<Method> method = Method.ofCredentialType(type);
        if (method.isEmpty()) {
            return new Result(Outcome.UNKNOWN_METHOD, null, 0);
        }
        if (method.get() == Method.VOICE
                && VoiceCredential.STORE
                        .dataOf(user)
                        .map(PhoneCredentialData::locked)
                        .orElse(false)) {
            return new Result(Outcome.CALLS_LOCKED, method.get(), 0);
        }
        List<String> ids =
                user.credentialManager()
                        .getStoredCredentialsByTypeStream(type)
                        .map(CredentialModel::getId)
                        .toList();
        if (ids.isEmpty()) {
            return new Result(Outcome.NOT_SET_UP, method.get(), 0);
        }
        ids.forEach(id -> user.credentialManager().removeStoredCredentialById(id));
        return new Result(Outcome.RESET, method.get(), ids.size());
    }
}
