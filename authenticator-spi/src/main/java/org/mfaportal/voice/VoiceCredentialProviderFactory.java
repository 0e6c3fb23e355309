package org.mfaportal.voice;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.PhoneCredentialProvider;

public final class VoiceCredentialProviderFactory implements CredentialProviderFactory<PhoneCredentialProvider> {

    public static final String ID = "mfa-voice-credential";

    static final PhoneCredentialProvider.Presentation PRESENTATION = new PhoneCredentialProvider.Presentation(
            VoiceCredential.TYPE, VoiceMessages.DISPLAY_NAME, VoiceMessages.HELP_TEXT, VoiceSetupRequiredActionFactory.ID,
            "kcAuthenticatorMfaVoiceClass");

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PhoneCredentialProvider create(KeycloakSession session) {
        return new PhoneCredentialProvider(session, PRESENTATION);
    }
}
