package org.mfaportal.admin.invitations;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.rest.JsonError;

/** /admin/realms/{realm}/mfa-portal/users/{id}/invitation: invites one user. */
public final class UserInvitationResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public UserInvitationResource(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /** 200 {"result":"sent"}; 400 when the user cannot receive it (no email, disabled). */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response invite() {
        access.requireManageSecondFactors(user);
        InvitationResult result = Invitation.send(session, realm, user);
        switch (result) {
            case SENT -> {
                adminEvent
                        .operation(OperationType.ACTION)
                        .resourcePath(session.getContext().getUri())
                        .representation(Map.of("invitation", result.wire()))
                        .success();
                return Response.ok(Map.of("result", result.wire())).build();
            }
            case NO_EMAIL -> {
                return JsonError.badRequest(result.wire(), "The user has no email address.");
            }
            case ALREADY_ENROLLED -> {
                return JsonError.response(
                        409,
                        result.wire(),
                        "The user already has a second factor; changes need their sign-in.");
            }
            case DISABLED -> {
                return JsonError.badRequest(result.wire(), "The user is disabled.");
            }
            case NO_ACCOUNT_CONSOLE -> {
                return JsonError.response(
                        409,
                        result.wire(),
                        "The realm's account-console client is missing or disabled.");
            }
            default -> {
                return JsonError.response(
                        502, result.wire(), "The email could not be sent (see the server log).");
            }
        }
    }
}
