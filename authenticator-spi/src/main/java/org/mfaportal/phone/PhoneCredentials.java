package org.mfaportal.phone;

import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;

/** Reads and writes one kind of phone credential ("mfa-voice" or "mfa-sms") of a user. */
public final class PhoneCredentials {

    private final String type;

    public PhoneCredentials(String type) {
        this.type = type;
    }

    public Optional<CredentialModel> of(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(type).findFirst();
    }

    public Optional<PhoneCredentialData> dataOf(UserModel user) {
        return of(user).map(c -> PhoneCredentialData.read(c.getCredentialData()));
    }

    /**
     * Saves the data as the user's only credential of this type, labelled with the masked number.
     */
    public void save(UserModel user, PhoneCredentialData data) {
        Optional<CredentialModel> existing = of(user);
        CredentialModel credential = existing.orElseGet(CredentialModel::new);
        credential.setType(type);
        credential.setUserLabel(PhoneCredentialData.masked(data.number()));
        credential.setCredentialData(data.write());
        credential.setSecretData("{}");
        if (existing.isPresent()) {
            user.credentialManager().updateStoredCredential(credential);
        } else {
            credential.setCreatedDate(org.keycloak.common.util.Time.currentTimeMillis());
            user.credentialManager().createStoredCredential(credential);
        }
    }

    /** Removes the user's credential of this type, if any. */
    public void remove(UserModel user) {
        of(user).ifPresent(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
    }
}
