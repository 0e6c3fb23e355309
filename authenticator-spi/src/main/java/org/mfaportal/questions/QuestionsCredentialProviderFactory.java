package org.mfaportal.questions;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.flow.PortalCredentialProvider;

/**
 * Makes security questions known to Keycloak: listed with the user's credentials, "Set up" or
 * "Update" running the setup action. Filed under basic authentication, not two-factor: questions
 * are only a fallback, so they must not count as the second factor that spares a user the first
 * sign-in setup page (see SecondFactors).
 */
public final class QuestionsCredentialProviderFactory
        implements CredentialProviderFactory<PortalCredentialProvider> {

    public static final String ID = "mfa-questions-credential";

    private static final PortalCredentialProvider.Presentation PRESENTATION =
            new PortalCredentialProvider.Presentation(
                    SecurityAnswers.CREDENTIAL_TYPE,
                    CredentialTypeMetadata.Category.BASIC_AUTHENTICATION,
                    QuestionsMessages.DISPLAY_NAME,
                    QuestionsMessages.HELP_TEXT,
                    QuestionsSetupRequiredActionFactory.ID,
                    "kcAuthenticatorMfaQuestionsClass",
                    true,
                    true);

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PortalCredentialProvider create(KeycloakSession session) {
        return new PortalCredentialProvider(session, PRESENTATION);
    }
}
