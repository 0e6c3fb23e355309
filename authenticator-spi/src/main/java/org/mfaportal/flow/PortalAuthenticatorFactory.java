package org.mfaportal.flow;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What every authenticator of the portal shares: one stateless instance, no per-execution
 * configuration (options are per realm, in the portal settings), nothing to start or stop.
 */
public abstract class PortalAuthenticatorFactory implements AuthenticatorFactory {

    private static final Requirement[] METHOD_REQUIREMENTS = {
        Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED
    };

    private final String id;
    private final String displayType;
    private final String helpText;
    private final String referenceCategory;
    private final Authenticator singleton;

    protected PortalAuthenticatorFactory(
            String id,
            String displayType,
            String helpText,
            String referenceCategory,
            Authenticator singleton) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.referenceCategory = referenceCategory;
        this.singleton = singleton;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayType() {
        return displayType;
    }

    @Override
    public final String getHelpText() {
        return helpText;
    }

    @Override
    public final String getReferenceCategory() {
        return referenceCategory;
    }

    @Override
    public final Authenticator create(KeycloakSession session) {
        return singleton;
    }

    /** A method: required, one alternative among others, or off. */
    @Override
    public Requirement[] getRequirementChoices() {
        return METHOD_REQUIREMENTS;
    }

    /** A method the user has not set up yet adds its setup action. */
    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }

    @Override
    public final boolean isConfigurable() {
        return false;
    }

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public final void init(Config.Scope config) {
        // Options are per realm, in the portal settings.
    }

    @Override
    public final void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public final void close() {
        // Stateless.
    }
}
