package org.mfaportal.oath;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

/**
 * A realm's imported, unassigned tokens. They are otp credentials of one internal, disabled user
 * per realm (no password, no roles, cannot sign in): so their keys sit in Keycloak's credential
 * table with the same protection as every user's OTP key, in the shared database (cluster-safe,
 * durable, in backups), and assigning a token is moving one credential. Realm attributes or
 * components would put keys in plain realm configuration that every realm admin and every export
 * reads. Serials are found whatever their case; the rows are read and written in bulk ({@link
 * CredentialRows}).
 */
public final class TokenInventory {

    public static final String HOLDER_USERNAME = "mfa-portal-oath-inventory";

    /** Marks the holder, so tools and people can tell it from a person. */
    public static final String HOLDER_ATTRIBUTE = "mfaPortal.oathInventory";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final CredentialRows rows;

    public TokenInventory(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.rows = new CredentialRows(session, realm);
    }

    public void add(List<OathToken> tokens) {
        rows.insert(
                holder().orElseGet(this::createHolder),
                tokens.stream().map(OathCredentials::credentialOf).toList());
    }

    public List<TokenSummary> list() {
        return holder().map(
                        holder ->
                                holder.credentialManager()
                                        .getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                                        .map(OathCredentials::summaryOf)
                                        .toList())
                .orElse(List.of());
    }

    /**
     * One page of the waiting tokens whose serial contains {@code search} (any case; null or blank
     * for all), ordered by serial.
     */
    public List<TokenSummary> page(String search, int first, int max) {
        return holder().map(
                        holder ->
                                rows.otpPage(holder, search, first, max).stream()
                                        .map(OathCredentials::summaryOf)
                                        .toList())
                .orElse(List.of());
    }

    /** The waiting token with this serial, whatever its case. */
    public Optional<CredentialModel> find(String serial) {
        return holder().flatMap(holder -> rows.otpByLabel(holder, serial));
    }

    /** The serials waiting here, lower-cased. */
    Set<String> serialKeys() {
        return holder().map(rows::otpLabels).orElse(Set.of());
    }

    /**
     * Gives an unassigned token to a user: the credential leaves the inventory in the same
     * transaction.
     */
    public boolean assign(String serial, UserModel user) {
        Optional<CredentialModel> stored = find(serial);
        if (stored.isEmpty()) {
            return false;
        }
        rows.delete(holder().orElseThrow(), List.of(stored.get().getId()));
        OathCredentials.give(user, copyOf(stored.get()));
        return true;
    }

    /**
     * Deletes waiting tokens, all or none: the serials not waiting here (as typed), in their order,
     * or an empty list once all are deleted.
     */
    public List<String> remove(Collection<String> serials) {
        Optional<UserModel> holder = holder();
        Map<String, String> waiting = holder.map(rows::otpIdsByLabel).orElse(Map.of());
        Map<String, String> byKey = new LinkedHashMap<>();
        serials.forEach(serial -> byKey.putIfAbsent(CredentialRows.key(serial), serial));
        List<String> missing =
                byKey.entrySet().stream()
                        .filter(e -> !waiting.containsKey(e.getKey()))
                        .map(Map.Entry::getValue)
                        .toList();
        if (missing.isEmpty() && !byKey.isEmpty()) {
            rows.delete(holder.orElseThrow(), byKey.keySet().stream().map(waiting::get).toList());
        }
        return missing;
    }

    private static CredentialModel copyOf(CredentialModel stored) {
        CredentialModel copy = new CredentialModel();
        copy.setType(stored.getType());
        copy.setUserLabel(stored.getUserLabel());
        copy.setCreatedDate(Time.currentTimeMillis());
        copy.setCredentialData(stored.getCredentialData());
        copy.setSecretData(stored.getSecretData());
        return copy;
    }

    /**
     * The hidden user holding the waiting tokens. Found by its name and marked by its attribute: a
     * user who merely took the name (self-registration) never holds the inventory.
     */
    private Optional<UserModel> holder() {
        return Optional.ofNullable(session.users().getUserByUsername(realm, HOLDER_USERNAME))
                .filter(TokenInventory::isHolder);
    }

    /** Whether the user is the inventory's hidden holder, which no admin acts on as a person. */
    public static boolean isHolder(UserModel user) {
        return "true".equals(user.getFirstAttribute(HOLDER_ATTRIBUTE));
    }

    private UserModel createHolder() {
        if (session.users().getUserByUsername(realm, HOLDER_USERNAME) != null) {
            throw new IllegalStateException(
                    "The user name "
                            + HOLDER_USERNAME
                            + " is taken by a user who is not the token inventory; rename that user"
                            + " before importing tokens.");
        }
        UserModel holder = session.users().addUser(realm, HOLDER_USERNAME);
        holder.setEnabled(false);
        holder.setSingleAttribute(HOLDER_ATTRIBUTE, "true");
        return holder;
    }
}
