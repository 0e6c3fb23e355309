package org.mfaportal.flow;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;

/**
 * What every required action of the portal shares, as {@link PortalMethodAuthenticator} does for
 * the methods: the user (account console) may start it, it never adds itself (an authenticator, the
 * setup choice or an admin does), and one stateless instance serves every request. Its factory, a
 * {@link PortalRequiredActionFactory}, puts it behind {@link RefusedWhileLocked}, so no path of it
 * runs while the user is locked out.
 */
public abstract class PortalRequiredAction implements RequiredActionProvider {

    @Override
    public final InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public final void evaluateTriggers(RequiredActionContext context) {
        // Added by an authenticator, the setup choice, the user or an admin, never on its own.
        // Keycloak evaluates triggers with the event it writes for the sign-in: see the class.
        SkippedSecondStep.carryInto(context);
    }

    @Override
    public final void close() {
        // Stateless.
    }
}
