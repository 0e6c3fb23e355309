package org.mfaportal.catalog;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.settings.PortalSettings;

/**
 * Whether a user already has a second factor: a stored credential of one of the {@link Method}s
 * that are second factors and that the realm still lets them use, or of another type Keycloak files
 * under "two-factor" (WebAuthn, recovery codes).
 */
public final class SecondFactors {

    private SecondFactors() {}

    public static boolean enrolled(KeycloakSession session, UserModel user) {
        RealmModel realm = session.getContext().getRealm();
        Set<String> othersTypes = new HashSet<>();
        for (String type :
                user.credentialManager()
                        .getStoredCredentialsStream()
                        .map(CredentialModel::getType)
                        .toList()) {
            Optional<Method> method = Method.ofCredentialType(type);
            if (method.isEmpty()) {
                othersTypes.add(type);
            } else if (method.get().secondFactor() && usable(realm, method.get())) {
                return true;
            }
        }
        if (othersTypes.isEmpty()) {
            return false;
        }
        CredentialTypeMetadataContext context =
                CredentialTypeMetadataContext.builder().user(user).build(session);
        return session.getAllProviders(CredentialProvider.class).stream()
                .filter(provider -> othersTypes.contains(provider.getType()))
                .anyMatch(
                        provider ->
                                provider.getCredentialTypeMetadata(context).getCategory()
                                        == CredentialTypeMetadata.Category.TWO_FACTOR);
    }

    /**
     * A phone of the mobile app cannot finish a sign-in where the realm no longer allows the app:
     * its owner is led to set up another method instead of meeting a flow with nothing to offer.
     */
    private static boolean usable(RealmModel realm, Method method) {
        return realm == null || method.allowedBy(PortalSettings.of(realm));
    }
}
