package org.mfaportal.phone.pin;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.flow.PortalCredentialProvider;

/**
 * Makes the PIN known to Keycloak: listed with the user's sign-in credentials (not as a second
 * factor: it only completes a call or a reply), set during a phone setup, updated on its own.
 */
public final class PinCredentialProviderFactory
        implements CredentialProviderFactory<PortalCredentialProvider> {

    public static final String ID = "mfa-pin-credential";

    private static final PortalCredentialProvider.Presentation PRESENTATION =
            new PortalCredentialProvider.Presentation(
                    Pins.CREDENTIAL_TYPE,
                    CredentialTypeMetadata.Category.BASIC_AUTHENTICATION,
                    PinMessages.DISPLAY_NAME,
                    PinMessages.HELP_TEXT,
                    PinUpdateRequiredActionFactory.ID,
                    "kcAuthenticatorMfaPinClass",
                    false,
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
