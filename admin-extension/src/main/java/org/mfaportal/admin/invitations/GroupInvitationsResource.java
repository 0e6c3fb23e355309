package org.mfaportal.admin.invitations;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;

/**
 * /admin/realms/{realm}/mfa-portal/groups/{id}/invitations: invites the group's direct members,
 * each as far as the administrator may manage that user's second factors; answers per user.
 */
public final class GroupInvitationsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final GroupModel group;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public GroupInvitationsResource(
            KeycloakSession session,
            RealmModel realm,
            GroupModel group,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.group = group;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.GROUP_MEMBERSHIP);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public GroupInvitations invite() {
        // Members this administrator may not see are neither invited nor named.
        List<UserModel> members =
                session.users()
                        .getGroupMembersStream(realm, group)
                        .filter(member -> access.keycloak().users().canView(member))
                        .toList();
        List<Answer> answers =
                members.stream()
                        .map(
                                member ->
                                        new Answer(
                                                member.getId(),
                                                member.getUsername(),
                                                access.canManageSecondFactors(member)
                                                        ? Invitation.send(session, realm, member)
                                                        : InvitationResult.NOT_ALLOWED))
                        .toList();
        long sent = answers.stream().filter(a -> a.result() == InvitationResult.SENT).count();
        adminEvent
                .operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri())
                .representation(
                        Map.of(
                                "sent",
                                answers.stream()
                                        .filter(a -> a.result() == InvitationResult.SENT)
                                        .map(Answer::userId)
                                        .toList()))
                .success();
        return new GroupInvitations(sent, answers);
    }

    /** One member's answer. */
    public record Answer(String userId, String username, InvitationResult result) {}

    /** The whole answer: how many were sent, and each member's result. */
    public record GroupInvitations(long sent, List<Answer> users) {}
}
