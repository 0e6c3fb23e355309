package org.mfaportal.sms;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.PhoneCredentialProvider;

public final class SmsCredentialProviderFactory implements CredentialProviderFactory<PhoneCredentialProvider> {

    public static final String ID = "mfa-sms-credential";

    static final PhoneCredentialProvider.Presentation PRESENTATION = new PhoneCredentialProvider.Presentation(
            SmsCredential.TYPE, SmsMessages.DISPLAY_NAME, SmsMessages.HELP_TEXT, SmsSetupRequiredActionFactory.ID,
            "kcAuthenticatorMfaSmsClass");

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PhoneCredentialProvider create(KeycloakSession session) {
        return new PhoneCredentialProvider(session, PRESENTATION);
    }
}
