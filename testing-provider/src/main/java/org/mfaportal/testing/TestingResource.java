package org.mfaportal.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.common.util.Time;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * PUT /realms/master/mfa-portal-testing/time-offset {"seconds": n}: moves Keycloak's clock (its
 * global time offset, as Keycloak's own test suite does) so tests never sleep. Master admins only.
 */
public final class TestingResource {

    private final KeycloakSession session;

    TestingResource(KeycloakSession session) {
        this.session = session;
    }

    @PUT
    @Path("time-offset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> setTimeOffset(Map<String, Integer> body) {
        requireMasterAdmin();
        Time.setOffset(body.getOrDefault("seconds", 0));
        return Map.of("seconds", Time.getOffset());
    }

    private void requireMasterAdmin() {
        RealmModel realm = session.getContext().getRealm();
        AuthenticationManager.AuthResult auth =
                new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!Config.getAdminRealm().equals(realm.getName())
                || !auth.getUser().hasRole(realm.getRole(AdminRoles.ADMIN))) {
            throw new ForbiddenException();
        }
    }
}
