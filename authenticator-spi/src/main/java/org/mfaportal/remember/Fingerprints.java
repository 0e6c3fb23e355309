package org.mfaportal.remember;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * Digests of what a remembered browser was trusted with: the user's methods and their password at
 * the time. A record whose digest no longer matches is forgotten. This catches every way a method
 * changes (setup, removal, a new number, a new PIN, a fraud lock, an admin reset) without each of
 * those paths having to know about remembered browsers.
 */
final class Fingerprints {

    /** Types that are no method: the password (its own digest) and the records themselves. */
    private static final Set<String> NOT_METHODS =
            Set.of(
                    PasswordCredentialModel.TYPE,
                    PasswordCredentialModel.PASSWORD_HISTORY,
                    RememberedBrowsers.TYPE);

    private Fingerprints() {}

    static String methods(UserModel user) {
        return digest(
                user.credentialManager()
                        .getStoredCredentialsStream()
                        .filter(c -> !NOT_METHODS.contains(c.getType())));
    }

    static String password(UserModel user) {
        return digest(
                user.credentialManager()
                        .getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE));
    }

    private static String digest(Stream<CredentialModel> credentials) {
        String lines =
                credentials
                        .map(
                                c ->
                                        c.getType()
                                                + "|"
                                                + c.getId()
                                                + "|"
                                                + withoutCounter(c.getCredentialData())
                                                + "|"
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                BrowserToken.sha256(
                                                                        String.valueOf(
                                                                                c
                                                                                        .getSecretData()))))
                        .sorted()
                        .collect(Collectors.joining("\n"));
        return Base64.getEncoder().encodeToString(BrowserToken.sha256(lines));
    }

    /**
     * HOTP and WebAuthn move a counter on every use: that is no change of method, so it is left
     * out.
     */
    @SuppressWarnings("unchecked")
    private static String withoutCounter(String credentialData) {
        if (credentialData == null || !credentialData.startsWith("{")) {
            return String.valueOf(credentialData);
        }
        try {
            Map<String, Object> data =
                    new TreeMap<>(JsonSerialization.readValue(credentialData, Map.class));
            data.remove("counter");
            return JsonSerialization.writeValueAsString(data);
        } catch (IOException e) {
            return credentialData;
        }
    }
}
