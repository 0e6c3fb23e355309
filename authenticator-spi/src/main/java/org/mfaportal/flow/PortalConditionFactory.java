package org.mfaportal.flow;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What the portal's flow conditions share: one instance, no per-execution options, REQUIRED or off.
 */
public abstract class PortalConditionFactory implements ConditionalAuthenticatorFactory {

    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    private final String id;
    private final String displayType;
    private final String helpText;
    private final ConditionalAuthenticator singleton;

    protected PortalConditionFactory(
            String id, String displayType, String helpText, ConditionalAuthenticator singleton) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
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
    public final ConditionalAuthenticator getSingleton() {
        return singleton;
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
    public final Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public final boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public final void init(Config.Scope config) {
        // Options are per realm, in the portal settings.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire by default.
    }

    @Override
    public final void close() {
        // Stateless, or holding only a memo that ends with the node.
    }
}
