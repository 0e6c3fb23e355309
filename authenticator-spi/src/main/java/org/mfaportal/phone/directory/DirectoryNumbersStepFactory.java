package org.mfaportal.phone.directory;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.mfaportal.flow.PortalAuthenticatorFactory;

public final class DirectoryNumbersStepFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-portal-directory-numbers";
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    public DirectoryNumbersStepFactory() {
        super(
                ID,
                "MFA portal - directory numbers",
                "Put it REQUIRED before the methods in the second step's sub-flow of a realm federated with "
                        + "LDAP or Active Directory: it reads the users' phone numbers from the directory "
                        + "(portal setting directoryNumbers) so that the methods use this sign-in's numbers.",
                "mfa-portal-directory",
                new DirectoryNumbersStep());
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
