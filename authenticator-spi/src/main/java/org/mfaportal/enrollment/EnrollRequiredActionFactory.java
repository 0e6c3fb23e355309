package org.mfaportal.enrollment;

import org.mfaportal.flow.PortalRequiredActionFactory;

/** The required action an enrollment invitation carries (see {@link EnrollRequiredAction}). */
public final class EnrollRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = "mfa-portal-enroll";

    public EnrollRequiredActionFactory() {
        super(ID, "MFA portal - set up two-step verification", new EnrollRequiredAction());
    }

    /** An invitation's link works once: Keycloak refuses it again after its actions ran. */
    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
