package org.mfaportal.portal;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import org.keycloak.models.AccountRoles;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The signed-in user behind a portal call: a bearer token for the account audience with
 * manage-account.
 */
record AccountCaller(UserModel user, UserSessionModel session) {

    static AccountCaller authenticate(KeycloakSession keycloak) {
        AuthenticationManager.AuthResult auth =
                new AppAuthManager.BearerTokenAuthenticator(keycloak)
                        .setAudience(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID)
                        .authenticate();
        if (auth == null) {
            throw new NotAuthorizedException("Bearer");
        }
        AccessToken.Access account =
                auth.getToken().getResourceAccess(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
        if (account == null || !account.isUserInRole(AccountRoles.MANAGE_ACCOUNT)) {
            throw new ForbiddenException(
                    "the token lacks the account client's manage-account role");
        }
        return new AccountCaller(auth.getUser(), auth.getSession());
    }
}
