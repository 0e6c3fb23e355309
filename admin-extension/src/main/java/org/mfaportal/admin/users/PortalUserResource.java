package org.mfaportal.admin.users;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.mfaportal.bypass.BypassPolicy;
import org.mfaportal.bypass.Bypasses;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.rest.JsonBody;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.voice.VoiceCredential;

/**
 * /admin/realms/{realm}/mfa-portal/users/{id}: what a portal administrator does for one user.
 * Needs the right to manage that user (manage-users, or a fine-grained permission on them).
 */
public final class PortalUserResource {

    private final KeycloakSession session;
    private final UserModel user;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public PortalUserResource(KeycloakSession session, UserModel user, AdminPermissionEvaluator auth,
                              AdminEventBuilder adminEvent) {
        this.session = session;
        this.user = user;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /** Starts a one-time bypass for the user (default length, or "seconds" up to the realm's maximum). */
    @POST
    @Path("bypass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response startBypass(byte[] body) {
        auth.users().requireManage(user);
        Object seconds;
        try {
            // An empty body asks for the default length.
            seconds = body == null || body.length == 0 ? null : JsonBody.object(body).get("seconds");
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (seconds != null && !(seconds instanceof Integer)) {
            return refused("'seconds' must be a whole number (got " + seconds + ")");
        }
        RealmModel realm = session.getContext().getRealm();
        BypassPolicy.Decision decision = BypassPolicy.forAdmin(PortalSettings.of(realm), (Integer) seconds);
        if (decision.refusal() != null) {
            return refused(decision.refusal());
        }
        Bypasses.Bypass bypass = new Bypasses(session).grant(realm, user, decision.lifetime(), auth.adminAuth().getUser().getId());
        adminEvent.operation(OperationType.CREATE).resourcePath(session.getContext().getUri())
                .representation(Map.of("seconds", bypass.seconds(), "expiresAt", bypass.expiresAt())).success();
        return Response.status(201).entity(Map.of("expiresAt", bypass.expiresAt())).build();
    }

    @DELETE
    @Path("bypass")
    public Response cancelBypass() {
        auth.users().requireManage(user);
        new Bypasses(session).cancel(session.getContext().getRealm(), user);
        adminEvent.operation(OperationType.DELETE).resourcePath(session.getContext().getUri()).success();
        return Response.noContent().build();
    }

    private static Response refused(String description) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "invalid_bypass", "error_description", description)).build();
    }

    /** Lifts the lock a fraud report ("0#" on a call) put on the user's phone calls. */
    @POST
    @Path("voice/unlock")
    public Response unlockVoice() {
        auth.users().requireManage(user);
        PhoneCredentialData phone = VoiceCredential.STORE.dataOf(user)
                .orElseThrow(() -> new NotFoundException("the user has no phone-call method"));
        VoiceCredential.STORE.save(user, phone.unlock());
        adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri()).success();
        return Response.noContent().build();
    }
}
