package org.mfaportal.push;

import org.mfaportal.flow.PortalAuthenticatorFactory;
import org.mfaportal.push.base.PushCredential;

public final class PushAuthenticatorFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-push";

    public PushAuthenticatorFactory() {
        super(
                ID,
                "MFA portal - mobile app",
                "A push to the user's phones (privacyIDEA Authenticator app, poll mode), approved with number matching.",
                PushCredential.TYPE,
                new PushAuthenticator());
    }
}
