package org.mfaportal.push.enrollment;

import org.mfaportal.flow.PortalRequiredActionFactory;

public final class PushSetupRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = "mfa-push-setup";

    public PushSetupRequiredActionFactory() {
        super(ID, "MFA portal - activate the mobile app", new PushSetupRequiredAction());
    }
}
