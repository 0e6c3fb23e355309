package org.mfaportal.trustedip;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;

/** "Condition - outside trusted networks": put it first in the conditional sub-flow of the second step. */
public final class TrustedNetworkConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String ID = "mfa-portal-outside-trusted-networks";

    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    private final TrustedRangesCache cache = new TrustedRangesCache();
    private final TrustedNetworkCondition condition = new TrustedNetworkCondition(cache);

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Condition - outside trusted networks";
    }

    @Override
    public String getHelpText() {
        return "Matches unless the client address is inside the realm's trusted ranges (portal setting "
                + "'trustedRanges'). Users without a second factor always match, so they are still asked to enroll.";
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return condition;
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
        // Ranges are per realm, in the portal settings.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                cache.forget(removed.getRealm().getId());
            }
        });
    }

    @Override
    public void close() {
        // Nothing held outside the memo.
    }
}
