package org.mfaportal.bypass;

import java.util.Collections;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.SkippedSecondStep;

/**
 * Matches when the second step is needed, i.e. the user has no one-time bypass. A bypass is used up
 * by the sign-in that skips with it; put this condition after "outside trusted networks" so that a
 * sign-in from the office does not spend it.
 */
final class BypassCondition implements ConditionalAuthenticator {

    static final String SKIP_REASON = "bypass";

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            return true;
        }
        if (Lockout.of(context.getSession(), context.getRealm(), user).isPresent()) {
            // Never waved through while locked (brute force, a fraud report): the methods refuse,
            // also in flows whose first step is not Keycloak's password form.
            return true;
        }
        return new Bypasses(context.getSession())
                .consume(context.getRealm(), user)
                .map(
                        bypass -> {
                            SkippedSecondStep.record(
                                    context,
                                    SKIP_REASON,
                                    // grantedBy may be missing on an older record.
                                    Collections.singletonMap(
                                            SkippedSecondStep.GRANTED_BY_DETAIL,
                                            bypass.grantedBy()));
                            return false;
                        })
                .orElse(true);
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
