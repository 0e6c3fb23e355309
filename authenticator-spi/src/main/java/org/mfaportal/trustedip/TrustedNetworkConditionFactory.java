package org.mfaportal.trustedip;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.mfaportal.flow.PortalConditionFactory;

/**
 * "Condition - outside trusted networks": put it first in the conditional sub-flow of the second
 * step.
 */
public final class TrustedNetworkConditionFactory extends PortalConditionFactory {

    public static final String ID = "mfa-portal-outside-trusted-networks";

    private final TrustedRangesCache cache;

    public TrustedNetworkConditionFactory() {
        this(new TrustedRangesCache());
    }

    private TrustedNetworkConditionFactory(TrustedRangesCache cache) {
        super(
                ID,
                "Condition - outside trusted networks",
                "Matches unless the client address is inside the realm's trusted ranges (portal setting "
                        + "'trustedRanges'). Users without a second factor always match, so they are still asked to enroll.",
                new TrustedNetworkCondition(cache));
        this.cache = cache;
    }

    /** The parsed ranges of a removed realm are dropped from this node's memo. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(
                event -> {
                    if (event instanceof RealmModel.RealmRemovedEvent removed) {
                        cache.forget(removed.getRealm().getId());
                    }
                });
    }
}
