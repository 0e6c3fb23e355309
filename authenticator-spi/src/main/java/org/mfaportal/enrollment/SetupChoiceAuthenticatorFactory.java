package org.mfaportal.enrollment;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.mfaportal.flow.PortalAuthenticatorFactory;

public final class SetupChoiceAuthenticatorFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-portal-setup-choice";
    private static final Requirement[] REQUIREMENTS = {
        Requirement.ALTERNATIVE, Requirement.DISABLED
    };

    public SetupChoiceAuthenticatorFactory() {
        super(
                ID,
                "MFA portal - choose a method to set up",
                "For users without a second factor: offers the methods whose setup action is enabled, then runs "
                        + "the chosen setup. Put it last, as an ALTERNATIVE beside the methods.",
                "mfa-portal-setup",
                new SetupChoiceAuthenticator());
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    /** It is the setup itself. */
    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
