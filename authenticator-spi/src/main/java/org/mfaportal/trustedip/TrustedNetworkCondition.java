package org.mfaportal.trustedip;

import java.util.Map;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.SecondFactors;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.SkippedSecondStep;
import org.mfaportal.network.AddressRanges;
import org.mfaportal.settings.PortalSettings;

/**
 * Matches when the second step is needed: the client is outside the realm's trusted ranges, or the
 * user has no second factor yet. The latter keeps enrollment alive for people who only ever sign in
 * from the office (keycloak#21837: a skip condition that also skipped setup).
 */
final class TrustedNetworkCondition implements ConditionalAuthenticator {

    static final String SKIP_REASON = "trusted_network";

    private final TrustedRangesCache cache;

    TrustedNetworkCondition(TrustedRangesCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null || !SecondFactors.enrolled(context.getSession(), user)) {
            return true;
        }
        if (Lockout.of(context.getSession(), context.getRealm(), user).isPresent()) {
            // Never waved through while locked (brute force, a fraud report): the methods refuse,
            // also in flows whose first step is not Keycloak's password form.
            return true;
        }
        RealmModel realm = context.getRealm();
        AddressRanges trusted =
                cache.rangesOf(realm.getId(), PortalSettings.of(realm).trustedRangesAsStored());
        // Keycloak's connection has already applied --proxy-headers and the trusted proxies.
        if (trusted.contains(context.getConnection().getRemoteAddr())) {
            SkippedSecondStep.record(context, SKIP_REASON, Map.of());
            return false;
        }
        return true;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // A condition has no form.
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing to set up.
    }

    @Override
    public void close() {
        // Stateless.
    }
}
