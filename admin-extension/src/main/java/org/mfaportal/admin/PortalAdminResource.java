package org.mfaportal.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.mfaportal.admin.access.AdminAbilities;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.admin.fraud.FraudResource;
import org.mfaportal.admin.fraud.LockoutsResource;
import org.mfaportal.admin.invitations.GroupInvitationsResource;
import org.mfaportal.admin.invitations.UserInvitationResource;
import org.mfaportal.admin.oath.OathTokensResource;
import org.mfaportal.admin.questions.QuestionCatalogResource;
import org.mfaportal.admin.remember.RememberedBrowsersAdminResource;
import org.mfaportal.admin.settings.PortalSettingsResource;
import org.mfaportal.admin.users.PortalUserResource;
import org.mfaportal.oath.TokenInventory;

/** The root of the portal's admin API; each area is a sub-resource. */
public final class PortalAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    PortalAdminResource(
            KeycloakSession session,
            RealmModel realm,
            AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.access = new PortalAdminAccess(realm, auth);
        this.adminEvent = adminEvent;
    }

    /** What the signed-in administrator may do, for the console's menu and buttons. */
    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public AdminAbilities me() {
        return AdminAbilities.of(access);
    }

    @Path("users/{id}")
    public PortalUserResource user(@PathParam("id") String id) {
        return new PortalUserResource(session, person(id), access, adminEvent);
    }

    /** An enrollment invitation to one user (more specific than the user's own resource). */
    @Path("users/{id}/invitation")
    public UserInvitationResource invitation(@PathParam("id") String id) {
        return new UserInvitationResource(session, realm, person(id), access, adminEvent);
    }

    /** The browsers a user asked to remember (issue 17.1). */
    @Path("users/{id}/browsers")
    public RememberedBrowsersAdminResource rememberedBrowsers(@PathParam("id") String id) {
        return new RememberedBrowsersAdminResource(session, person(id), access, adminEvent);
    }

    /** Enrollment invitations to a group's members. */
    @Path("groups/{id}/invitations")
    public GroupInvitationsResource groupInvitations(@PathParam("id") String id) {
        GroupModel group = session.groups().getGroupById(realm, id);
        if (group == null) {
            throw new NotFoundException("Group not found");
        }
        access.requireViewGroupMembers(group);
        return new GroupInvitationsResource(session, realm, group, access, adminEvent);
    }

    @Path("settings")
    public PortalSettingsResource settings() {
        return new PortalSettingsResource(session, realm, access, adminEvent);
    }

    @Path("questions")
    public QuestionCatalogResource questions() {
        return new QuestionCatalogResource(session, realm, access, adminEvent);
    }

    @Path("oath/tokens")
    public OathTokensResource oathTokens() {
        return new OathTokensResource(session, realm, access, adminEvent);
    }

    @Path("fraud")
    public FraudResource fraud() {
        return new FraudResource(session, realm, access);
    }

    @Path("lockouts")
    public LockoutsResource lockouts() {
        return new LockoutsResource(session, realm, access, adminEvent);
    }

    /**
     * A user of this realm an admin may act on as a person: not the token inventory's hidden holder
     * (its tokens are managed by manage-tokens only). Missing, or the holder: 404, as Keycloak's
     * own user resource answers.
     */
    private UserModel person(String id) {
        UserModel user = session.users().getUserById(realm, id);
        if (user == null || TokenInventory.isHolder(user)) {
            access.keycloak().users().requireQuery();
            throw new NotFoundException("User not found");
        }
        return user;
    }
}
