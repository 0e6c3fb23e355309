package org.mfaportal.enrollment;

import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.push.PushCredential;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Whether a user already has a second factor: a stored credential whose provider Keycloak files
 * under "two-factor" (OTP, WebAuthn, recovery codes, and each of our methods) and that the realm
 * still lets them use.
 */
public final class SecondFactors {

    private SecondFactors() {
    }

    public static boolean enrolled(KeycloakSession session, UserModel user) {
        RealmModel realm = session.getContext().getRealm();
        Set<String> types = user.credentialManager().getStoredCredentialsStream()
                .map(CredentialModel::getType)
                .filter(type -> usable(realm, type))
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

    /**
     * A phone of the mobile app cannot finish a sign-in where the realm no longer allows the app: its
     * owner is led to set up another method instead of meeting a flow with nothing to offer.
     */
    private static boolean usable(RealmModel realm, String type) {
        return !PushCredential.TYPE.equals(type) || realm == null
                || PortalSettings.of(realm).flag(PortalSetting.MOBILE_APP_ALLOWED);
    }
}
