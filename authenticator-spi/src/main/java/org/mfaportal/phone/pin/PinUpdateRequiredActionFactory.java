package org.mfaportal.phone.pin;

import org.mfaportal.flow.PortalRequiredActionFactory;

public final class PinUpdateRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = "mfa-pin-update";

    public PinUpdateRequiredActionFactory() {
        super(ID, "MFA portal - choose a new PIN", new PinUpdateRequiredAction());
    }
}
