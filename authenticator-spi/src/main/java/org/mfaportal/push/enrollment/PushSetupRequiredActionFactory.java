package org.mfaportal.push.enrollment;

import org.mfaportal.catalog.Method;
import org.mfaportal.flow.PortalRequiredActionFactory;

public final class PushSetupRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = Method.PUSH.setupAction();

    public PushSetupRequiredActionFactory() {
        super(ID, "MFA portal - activate the mobile app", new PushSetupRequiredAction());
    }
}
