package org.mfaportal.questions;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Makes security questions known to Keycloak: listed with the user's credentials, "Set up" or
 * "Update" running the setup action. Filed under basic authentication, not two-factor: questions
 * are only a fallback, so they must not count as the second factor that spares a user the first
 * sign-in setup page (see SecondFactors).
 */
public final class QuestionsCredentialProviderFactory
        implements CredentialProviderFactory<QuestionsCredentialProviderFactory.QuestionsCredentialProvider> {

    public static final String ID = "mfa-questions-credential";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public QuestionsCredentialProvider create(KeycloakSession session) {
        return new QuestionsCredentialProvider(session);
    }

    public static final class QuestionsCredentialProvider implements CredentialProvider<CredentialModel> {

        private final KeycloakSession session;

        QuestionsCredentialProvider(KeycloakSession session) {
            this.session = session;
        }

        @Override
        public String getType() {
            return SecurityAnswers.CREDENTIAL_TYPE;
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
            var builder = CredentialTypeMetadata.builder()
                    .type(SecurityAnswers.CREDENTIAL_TYPE)
                    .category(CredentialTypeMetadata.Category.BASIC_AUTHENTICATION)
                    .displayName(QuestionsMessages.DISPLAY_NAME)
                    .helpText(QuestionsMessages.HELP_TEXT)
                    .iconCssClass("kcAuthenticatorMfaQuestionsClass")
                    .removeable(true);
            boolean hasOne = context.getUser() != null && context.getUser().credentialManager()
                    .getStoredCredentialsByTypeStream(SecurityAnswers.CREDENTIAL_TYPE).findAny().isPresent();
            return (hasOne ? builder.updateAction(QuestionsSetupRequiredActionFactory.ID)
                    : builder.createAction(QuestionsSetupRequiredActionFactory.ID)).build(session);
        }
    }
}
