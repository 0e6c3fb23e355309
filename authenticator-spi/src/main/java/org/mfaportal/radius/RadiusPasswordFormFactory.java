package org.mfaportal.radius;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The "Username and password (RADIUS)" execution: put it where a browser flow has Keycloak's
 * "Username Password Form", give it a config (servers, shared secret), and keep the portal's second
 * step after it. See docs/radius.md.
 */
public final class RadiusPasswordFormFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "mfa-radius-password-form";

    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Username and password (RADIUS)";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's username and password form; the password is checked by a RADIUS server"
                + " (PAP with Message-Authenticator), with failover to a second server.";
    }

    @Override
    public String getReferenceCategory() {
        return null; // not Keycloak's password credential
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new RadiusPasswordForm();
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return RadiusOption.properties();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
        // Everything is per execution, in its config.
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
