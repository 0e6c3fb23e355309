package org.mfaportal.admin.users;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.mfaportal.phone.PhoneCredentialData;
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
