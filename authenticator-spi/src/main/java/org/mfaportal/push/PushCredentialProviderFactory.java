package org.mfaportal.push;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.flow.PortalCredentialProvider;
import org.mfaportal.push.base.PushCredential;
import org.mfaportal.push.base.PushMessages;
import org.mfaportal.push.enrollment.PushSetupRequiredActionFactory;

public final class PushCredentialProviderFactory
        implements CredentialProviderFactory<PortalCredentialProvider> {

    public static final String ID = "mfa-push-credential";

    /**
     * One credential per device: "Set up" stays offered, so a user can add devices up to the
     * realm's maximum.
     */
    static final PortalCredentialProvider.Presentation PRESENTATION =
            new PortalCredentialProvider.Presentation(
                    PushCredential.TYPE,
                    CredentialTypeMetadata.Category.TWO_FACTOR,
                    PushMessages.DISPLAY_NAME,
                    PushMessages.HELP_TEXT,
                    PushSetupRequiredActionFactory.ID,
                    "kcAuthenticatorMfaPushClass",
                    true,
                    true,
                    false);

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public PortalCredentialProvider create(KeycloakSession session) {
        return new PortalCredentialProvider(session, PRESENTATION);
    }
}
