package org.mfaportal.phone.pin;

import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The user's PIN: its own credential ("mfa-pin"), hashed with the realm's password hashing, never
 * stored or logged in clear. Voice calls and two-way texts ask for it where required.
 */
public final class Pins {

    public static final String CREDENTIAL_TYPE = "mfa-pin";

    /** A user attribute an admin sets to require a PIN for this user even if the realm does not. */
    public static final String REQUIRED_FOR_USER_ATTRIBUTE = "mfaPortalPinRequired";

    private final KeycloakSession session;
    private final RealmModel realm;

    public Pins(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public boolean has(UserModel user) {
        return stored(user).isPresent();
    }

    /**
     * Hashes a PIN chosen during setup, to be kept with the pending setup (never in clear) and
     * stored only once the phone has been verified: {@link #store(UserModel, PendingPin)}.
     */
    public PendingPin hash(String pin) {
        CredentialModel credential = new CredentialModel();
        hasher(realm.getPasswordPolicy().getHashAlgorithm()).encode(pin, -1, credential);
        return new PendingPin(credential.getCredentialData(), credential.getSecretData());
    }

    /** Replaces the user's PIN with a hashed one. */
    public void store(UserModel user, PendingPin pin) {
        CredentialModel credential = new CredentialModel();
        credential.setType(CREDENTIAL_TYPE);
        credential.setUserLabel("PIN");
        credential.setCreatedDate(org.keycloak.common.util.Time.currentTimeMillis());
        credential.setCredentialData(pin.credentialData());
        credential.setSecretData(pin.secretData());
        stored(user)
                .ifPresent(old -> user.credentialManager().removeStoredCredentialById(old.getId()));
        user.credentialManager().createStoredCredential(credential);
    }

    /**
     * Compares a PIN with the user's stored hash (the hash function's own comparison); false if
     * none.
     */
    public boolean matches(UserModel user, String pin) {
        return stored(user).map(credential -> verify(credential, pin)).orElse(false);
    }

    /** Compares a PIN with one chosen during a setup that is not finished yet. */
    public boolean matches(PendingPin pending, String pin) {
        CredentialModel credential = new CredentialModel();
        credential.setCredentialData(pending.credentialData());
        credential.setSecretData(pending.secretData());
        return verify(credential, pin);
    }

    private boolean verify(CredentialModel credential, String pin) {
        if (pin == null || pin.isEmpty()) {
            return false;
        }
        String algorithm =
                PasswordCredentialModel.createFromCredentialModel(credential)
                        .getPasswordCredentialData()
                        .getAlgorithm();
        return hasher(algorithm).verify(pin, credential);
    }

    private Optional<CredentialModel> stored(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(CREDENTIAL_TYPE)
                .findFirst();
    }

    /** The realm's password hashing (its policy's algorithm, else Keycloak's default one). */
    private PasswordHashProvider hasher(String algorithm) {
        PasswordHashProvider provider =
                algorithm == null
                        ? session.getProvider(PasswordHashProvider.class)
                        : session.getProvider(PasswordHashProvider.class, algorithm);
        if (provider == null) {
            throw new IllegalStateException("No password hashing provider '" + algorithm + "'");
        }
        return provider;
    }
}
