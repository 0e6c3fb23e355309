package org.mfaportal.oath;

import org.keycloak.credential.CredentialModel;
import org.mfaportal.flow.PortalAuthenticatorFactory;

/** In place of Keycloak's "OTP Form" among the portal's methods. */
public final class OathAuthenticatorFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-oath";

    public OathAuthenticatorFactory() {
        super(
                ID,
                "OATH token (authenticator app or hardware token)",
                "Keycloak's OTP form, offered as the user's default method or, where oathFallback is on, as a"
                        + " fallback to be finished within oathFallbackSessionMinutes.",
                CredentialModel.OTP,
                new OathAuthenticator());
    }
}
