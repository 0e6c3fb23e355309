package org.mfaportal.sms;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.flow.PortalCredentialProvider;

public final class SmsCredentialProviderFactory
        implements CredentialProviderFactory<PortalCredentialProvider> {

    public static final String ID = "mfa-sms-credential";

    static final PortalCredentialProvider.Presentation PRESENTATION =
            new PortalCredentialProvider.Presentation(
                    SmsCredential.TYPE,
                    CredentialTypeMetadata.Category.TWO_FACTOR,
                    SmsMessages.DISPLAY_NAME,
                    SmsMessages.HELP_TEXT,
                    SmsSetupRequiredActionFactory.ID,
                    "kcAuthenticatorMfaSmsClass",
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
