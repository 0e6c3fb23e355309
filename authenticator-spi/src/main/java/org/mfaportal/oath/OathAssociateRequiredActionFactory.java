package org.mfaportal.oath;

import org.mfaportal.catalog.Method;
import org.mfaportal.flow.PortalRequiredActionFactory;

public final class OathAssociateRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = Method.OATH_TOKEN.setupAction();

    public OathAssociateRequiredActionFactory() {
        super(ID, "MFA portal - associate an OATH token", new OathAssociateRequiredAction());
    }
}
