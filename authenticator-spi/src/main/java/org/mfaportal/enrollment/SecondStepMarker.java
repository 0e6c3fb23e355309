package org.mfaportal.enrollment;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.SecondSteps;
import org.mfaportal.remember.RememberThisBrowser;

/**
 * Placed after the methods in the second step's sub-flow, it runs only when a second step really
 * happened, and notes when on the user session: the portal lets such a fresh session (and no
 * password-only one) grant itself a one-time bypass. It checks no factor: the method before it did,
 * and every portal method refuses a locked user there (flow/Lockout).
 */
final class SecondStepMarker implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.getAuthenticationSession()
                .setUserSessionNote(SecondSteps.DONE_AT_NOTE, Integer.toString(Time.currentTime()));
        RememberThisBrowser.ifTicked(context);
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
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
