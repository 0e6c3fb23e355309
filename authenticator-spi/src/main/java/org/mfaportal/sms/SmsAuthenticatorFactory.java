package org.mfaportal.sms;

import org.mfaportal.flow.PortalAuthenticatorFactory;

public final class SmsAuthenticatorFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-sms";

    public SmsAuthenticatorFactory() {
        super(
                ID,
                "MFA portal - text message",
                "A code by text message, typed on the page or replied by text (portal setting smsTwoWay).",
                SmsCredential.TYPE,
                new SmsAuthenticator());
    }
}
