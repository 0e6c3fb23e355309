package org.mfaportal.admin.users;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.bypass.BypassPolicy;
import org.mfaportal.bypass.BypassRequest;
import org.mfaportal.bypass.Bypasses;
import org.mfaportal.rest.JsonBody;
import org.mfaportal.rest.JsonError;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.voice.CallLock;

/**
 * /admin/realms/{realm}/mfa-portal/users/{id}: what a portal administrator does for one user. Each
 * act is checked by {@link PortalAdminAccess}.
 */
public final class PortalUserResource {

    private final KeycloakSession session;
    private final UserModel user;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public PortalUserResource(
            KeycloakSession session,
            UserModel user,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.user = user;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /**
     * Starts a one-time bypass for the user (default length, or "seconds" up to the realm's
     * maximum).
     */
    @POST
    @Path("bypass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response startBypass(byte[] body) {
        access.requireManageSecondFactors(user);
        BypassRequest request;
        try {
            // An empty body asks for the default length.
            request =
                    body == null || body.length == 0
                            ? BypassRequest.DEFAULT_LENGTH
                            : JsonBody.object(body, BypassRequest.class);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (!request.wellTyped()) {
            return JsonError.badRequest(
                    "invalid_bypass",
                    "'seconds' must be a whole number (got " + request.seconds() + ")");
        }
        RealmModel realm = session.getContext().getRealm();
        BypassPolicy.Decision decision =
                BypassPolicy.forAdmin(PortalSettings.of(realm), request.wholeSeconds());
        if (decision.refusal() != null) {
            return JsonError.badRequest("invalid_bypass", decision.refusal());
        }
        Bypasses.Bypass bypass =
                new Bypasses(session)
                        .grant(
                                realm,
                                user,
                                decision.lifetime(),
                                access.keycloak().adminAuth().getUser().getId());
        adminEvent
                .operation(OperationType.CREATE)
                .resourcePath(session.getContext().getUri())
                .representation(new BypassGranted(bypass.seconds(), bypass.expiresAt()))
                .success();
        return Response.status(201).entity(new BypassStarted(bypass.expiresAt())).build();
    }

    @DELETE
    @Path("bypass")
    public Response cancelBypass() {
        access.requireManageSecondFactors(user);
        new Bypasses(session).cancel(session.getContext().getRealm(), user);
        adminEvent
                .operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri())
                .success();
        return Response.noContent().build();
    }

    /** Lifts the lock a fraud report ("0#" on a call) put on the user's phone calls. */
    @POST
    @Path("voice/unlock")
    public Response unlockVoice() {
        access.requireManageSecondFactors(user);
        if (!CallLock.unlock(user)) {
            throw new NotFoundException("the user has no phone-call method");
        }
        adminEvent
                .operation(OperationType.UPDATE)
                .resourcePath(session.getContext().getUri())
                .success();
        return Response.noContent().build();
    }

    /** The admin event's record of a bypass granted. */
    public record BypassGranted(long seconds, long expiresAt) {}

    /** The answer: when the bypass ends (epoch seconds). */
    public record BypassStarted(long expiresAt) {}
}
