package org.mfaportal.enrollment;

import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Whether a user already has a second factor: a stored credential whose provider Keycloak files
 * under "two-factor" (OTP, WebAuthn, recovery codes, and each of our methods).
 */
public final class SecondFactors {

    private SecondFactors() {
    }

    public static boolean enrolled(KeycloakSession session, UserModel user) {
        Set<String> types = user.credentialManager().getStoredCredentialsStream()
                .map(CredentialModel::getType)
                .collect(Collectors.toSet());
        if (types.isEmpty()) {
            return false;
        }
        CredentialTypeMetadataContext context = CredentialTypeMetadataContext.builder().user(user).build(session);
        return session.getAllProviders(CredentialProvider.class).stream()
                .filter(provider -> types.contains(provider.getType()))
                .anyMatch(provider -> provider.getCredentialTypeMetadata(context).getCategory()
                        == CredentialTypeMetadata.Category.TWO_FACTOR);
    }
}
