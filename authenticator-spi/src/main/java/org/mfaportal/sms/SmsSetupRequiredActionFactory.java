package org.mfaportal.sms;

import org.mfaportal.catalog.Method;
import org.mfaportal.flow.PortalRequiredActionFactory;

public final class SmsSetupRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = Method.SMS.setupAction();

    public SmsSetupRequiredActionFactory() {
        super(ID, "MFA portal - set up text messages", new SmsSetupRequiredAction());
    }
}
