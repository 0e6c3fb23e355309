package org.mfaportal.oath;

import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

/**
 * A realm's imported, unassigned tokens. They are otp credentials of one internal, disabled user per
 * realm (no password, no roles, cannot sign in): so their keys sit in Keycloak's credential table with
 * the same protection as every user's OTP key, in the shared database (cluster-safe, durable, in
 * backups), and assigning a token is moving one credential. Realm attributes or components would put
 * keys in plain realm configuration that every realm admin and every export reads.
 */
public final class TokenInventory {

    public static final String HOLDER_USERNAME = "mfa-portal-oath-inventory";
    /** Marks the holder, so tools and people can tell it from a person. */
    public static final String HOLDER_ATTRIBUTE = "mfaPortal.oathInventory";

    private final KeycloakSession session;
    private final RealmModel realm;

    public TokenInventory(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void add(List<OathToken> tokens) {
        UserModel holder = holder().orElseGet(this::createHolder);
        for (OathToken token : tokens) {
            holder.credentialManager().createStoredCredential(OathCredentials.credentialOf(token));
        }
    }

    public List<TokenSummary> list() {
        return holder().map(holder -> holder.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .map(OathCredentials::summaryOf).toList()).orElse(List.of());
    }

    public Optional<CredentialModel> find(String serial) {
        return holder().flatMap(holder -> OathCredentials.bySerial(holder, serial));
    }

    /** Gives an unassigned token to a user: the credential leaves the inventory in the same transaction. */
    public boolean assign(String serial, UserModel user) {
        Optional<UserModel> holder = holder();
        Optional<CredentialModel> stored = holder.flatMap(h -> OathCredentials.bySerial(h, serial));
        if (stored.isEmpty()) {
            return false;
        }
        holder.get().credentialManager().removeStoredCredentialById(stored.get().getId());
        OathCredentials.give(user, copyOf(stored.get()));
        return true;
    }

    private static CredentialModel copyOf(CredentialModel stored) {
        CredentialModel copy = new CredentialModel();
        copy.setType(stored.getType());
        copy.setUserLabel(stored.getUserLabel());
        copy.setCreatedDate(org.keycloak.common.util.Time.currentTimeMillis());
        copy.setCredentialData(stored.getCredentialData());
        copy.setSecretData(stored.getSecretData());
        return copy;
    }

    private Optional<UserModel> holder() {
        return Optional.ofNullable(session.users().getUserByUsername(realm, HOLDER_USERNAME));
    }

    private UserModel createHolder() {
        UserModel holder = session.users().addUser(realm, HOLDER_USERNAME);
        holder.setEnabled(false);
        holder.setSingleAttribute(HOLDER_ATTRIBUTE, "true");
        return holder;
    }
}
