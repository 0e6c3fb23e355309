package org.mfaportal.sms;

import org.mfaportal.flow.PortalRequiredActionFactory;

public final class SmsSetupRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = "mfa-sms-setup";

    public SmsSetupRequiredActionFactory() {
        super(ID, "MFA portal - set up text messages", new SmsSetupRequiredAction());
    }
}
