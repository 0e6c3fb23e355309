package org.mfaportal.admin.remember;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.remember.RememberedBrowser;
import org.mfaportal.remember.RememberedBrowsers;

/**
 * /admin/realms/{realm}/mfa-portal/users/{id}/browsers: the browsers a user asked to remember
 * (issue 17.1); an administrator who manages the user's second factors may revoke one or all. Each
 * revocation is an admin event.
 */
public final class RememberedBrowsersAdminResource {

    private final KeycloakSession session;
    private final UserModel user;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public RememberedBrowsersAdminResource(
            KeycloakSession session,
            UserModel user,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.user = user;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RememberedBrowser> list() {
        access.requireViewSecondFactors(user);
        return RememberedBrowsers.of(user);
    }

    @DELETE
    @Path("{browserId}")
    public Response revoke(@PathParam("browserId") String browserId) {
        access.requireManageSecondFactors(user);
        if (!RememberedBrowsers.forget(user, browserId)) {
            throw new NotFoundException("the user has no remembered browser with this id");
        }
        revoked(1);
        return Response.noContent().build();
    }

    @DELETE
    public Response revokeAll() {
        access.requireManageSecondFactors(user);
        revoked(RememberedBrowsers.forgetAll(user));
        return Response.noContent().build();
    }

    private void revoked(int count) {
        adminEvent
                .operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri())
                .representation(Map.of("rememberedBrowsersRevoked", count))
                .success();
    }
}
