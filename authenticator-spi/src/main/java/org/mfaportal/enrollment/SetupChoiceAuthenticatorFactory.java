package org.mfaportal.enrollment;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

public final class SetupChoiceAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "mfa-portal-setup-choice";
    private static final SetupChoiceAuthenticator SINGLETON = new SetupChoiceAuthenticator();
    private static final Requirement[] REQUIREMENTS = {Requirement.ALTERNATIVE, Requirement.DISABLED};

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "MFA portal - choose a method to set up";
    }

    @Override
    public String getHelpText() {
        return "For users without a second factor: offers the methods whose setup action is enabled, then runs the chosen setup. Put it last, as an ALTERNATIVE beside the methods.";
    }

    @Override
    public String getReferenceCategory() {
        return "mfa-portal-setup";
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
        // Options are per realm, in the portal settings.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // Stateless.
    }
}
