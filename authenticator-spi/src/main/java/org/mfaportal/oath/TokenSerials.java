package org.mfaportal.oath;

import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Which serials a realm already knows. A user who holds a token carries its serial in a searchable
 * attribute (Keycloak cannot search credentials by label across users); the credential itself stays
 * the truth, so an attribute left behind by a credential deleted in the account console does not count.
 */
public final class TokenSerials {

    public static final String ATTRIBUTE = "mfaPortal.oathSerial";

    private final KeycloakSession session;
    private final RealmModel realm;

    public TokenSerials(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public boolean known(String serial) {
        return new TokenInventory(session, realm).find(serial).isPresent() || holderOf(serial).isPresent();
    }

    /** The user (not the inventory) who holds the token with this serial. */
    public Optional<UserModel> holderOf(String serial) {
        return session.users().searchForUserByUserAttributeStream(realm, ATTRIBUTE, serial)
                .filter(user -> OathCredentials.bySerial(user, serial).isPresent())
                .findFirst();
    }
}
