package org.mfaportal.oath;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Which serials a realm already knows, whatever their case ({@code CASE32B9} and {@code case32b9}
 * are one token). A user who holds a token carries its serial in a searchable attribute (Keycloak
 * cannot search credentials by label across users); the credential itself stays the truth, so an
 * attribute left behind by a credential deleted in the account console does not count.
 */
public final class TokenSerials {

    public static final String ATTRIBUTE = "mfaPortal.oathSerial";

    private final TokenInventory inventory;
    private final CredentialRows rows;

    public TokenSerials(KeycloakSession session, RealmModel realm) {
        this.inventory = new TokenInventory(session, realm);
        this.rows = new CredentialRows(session, realm);
    }

    public boolean known(String serial) {
        return inventory.find(serial).isPresent()
                || !rows.attributesMatchingOtpLabels(ATTRIBUTE, serial).isEmpty();
    }

    /**
     * Every serial the realm knows now, read once (two queries), for checking a whole file against.
     */
    public Predicate<String> knownNow() {
        Set<String> keys = new HashSet<>(inventory.serialKeys());
        keys.addAll(rows.attributesMatchingOtpLabels(ATTRIBUTE, null));
        return serial -> keys.contains(CredentialRows.key(serial));
    }
}
