package org.mfaportal.enrollment;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.mfaportal.flow.PortalAuthenticatorFactory;

public final class SecondStepMarkerFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-portal-second-step-done";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    public SecondStepMarkerFactory() {
        super(
                ID,
                "MFA portal - second step done",
                "Put it REQUIRED after the methods in the second step's sub-flow: it notes on the session that a "
                        + "second step happened, which the portal requires before a user may start a one-time bypass.",
                "mfa-portal-marker",
                new SecondStepMarker());
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
