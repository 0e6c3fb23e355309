package org.mfaportal.admin.fraud;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.flow.FraudBlock;

/**
 * GET lockouts: the users locked now ({@link LockedUsers}); DELETE lockouts/{id}/fraud-block lifts
 * the block a fraud report set. Reading needs view-fraud (or Keycloak's manage-users); lifting
 * needs the right to manage that user's second factors. Calls are unlocked with POST
 * users/{id}/voice/unlock, brute-force locks with Keycloak's attack-detection API.
 */
public final class LockoutsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public LockoutsResource(
            KeycloakSession session,
            RealmModel realm,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LockedUser> lockouts() {
        access.requireViewFraud();
        return new LockedUsers(session, realm, access).list();
    }

    @DELETE
    @Path("{id}/fraud-block")
    public Response liftBlock(@PathParam("id") String id) {
        UserModel user = session.users().getUserById(realm, id);
        if (user == null || !access.keycloak().users().canView(user)) {
            throw new NotFoundException("User not found");
        }
        access.requireManageSecondFactors(user);
        FraudBlock.lift(user);
        adminEvent
                .operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri())
                .success();
        return Response.noContent().build();
    }
}
