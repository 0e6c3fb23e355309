package org.mfaportal.oath;

import org.mfaportal.flow.PortalRequiredActionFactory;

public final class OathAssociateRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = "mfa-oath-associate";

    public OathAssociateRequiredActionFactory() {
        super(ID, "MFA portal - associate an OATH token", new OathAssociateRequiredAction());
    }
}
