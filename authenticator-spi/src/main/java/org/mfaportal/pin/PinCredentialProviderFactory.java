package org.mfaportal.pin;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Makes the PIN known to Keycloak: listed with the user's sign-in credentials (not as a second
 * factor: it only completes a call or a reply), with "Update" choosing a new one.
 */
public final class PinCredentialProviderFactory implements CredentialProviderFactory<PinCredentialProviderFactory.PinCredentialProvider> {

    public static final String ID = "mfa-pin-credential";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PinCredentialProvider create(KeycloakSession session) {
        return new PinCredentialProvider(session);
    }

    public static final class PinCredentialProvider implements CredentialProvider<CredentialModel> {

        private final KeycloakSession session;

        PinCredentialProvider(KeycloakSession session) {
            this.session = session;
        }

        @Override
        public String getType() {
            return Pins.CREDENTIAL_TYPE;
        }

        @Override
        public CredentialModel createCredential(RealmModel realm, UserModel user, CredentialModel credential) {
            return user.credentialManager().createStoredCredential(credential);
        }

        @Override
        public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
            return user.credentialManager().removeStoredCredentialById(credentialId);
        }

        @Override
        public CredentialModel getCredentialFromModel(CredentialModel model) {
            return model;
        }

        @Override
        public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext context) {
            return CredentialTypeMetadata.builder()
                    .type(Pins.CREDENTIAL_TYPE)
                    .category(CredentialTypeMetadata.Category.BASIC_AUTHENTICATION)
                    .displayName(PinMessages.DISPLAY_NAME)
                    .helpText(PinMessages.HELP_TEXT)
                    .iconCssClass("kcAuthenticatorMfaPinClass")
                    .updateAction(PinUpdateRequiredActionFactory.ID)
                    .removeable(false)
                    .build(session);
        }
    }
}
