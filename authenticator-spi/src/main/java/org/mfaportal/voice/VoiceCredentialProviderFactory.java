package org.mfaportal.voice;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.flow.PortalCredentialProvider;

public final class VoiceCredentialProviderFactory
        implements CredentialProviderFactory<PortalCredentialProvider> {

    public static final String ID = "mfa-voice-credential";

    static final PortalCredentialProvider.Presentation PRESENTATION =
            new PortalCredentialProvider.Presentation(
                    VoiceCredential.TYPE,
                    CredentialTypeMetadata.Category.TWO_FACTOR,
                    VoiceMessages.DISPLAY_NAME,
                    VoiceMessages.HELP_TEXT,
                    VoiceSetupRequiredActionFactory.ID,
                    "kcAuthenticatorMfaVoiceClass",
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
