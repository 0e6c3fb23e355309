package org.mfaportal.phone.directory;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.settings.PortalSettings;

/**
 * Placed before the methods in the second step's sub-flow: brings the user's phone methods in line
 * with the directory ({@link DirectoryPhones}), so that the methods that follow see this sign-in's
 * directory numbers. It checks no factor and asks nothing; the methods after it refuse a locked
 * user as always.
 */
final class DirectoryNumbersStep implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        DirectoryPhones.reconcile(PortalSettings.of(context.getRealm()), context.getUser());
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
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
