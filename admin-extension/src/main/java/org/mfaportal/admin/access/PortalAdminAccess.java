package org.mfaportal.admin.access;

import jakarta.ws.rs.ForbiddenException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.GroupModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The one place every portal admin endpoint asks what the signed-in administrator may do.
 *
 * <p>For a user: Keycloak must let the administrator see that user (view-users, or a fine-grained
 * v2 permission), and the portal role must allow the act, or Keycloak's own right to manage the
 * user does. Realm-wide areas take the portal role or the realm-management role that worked before
 * the portal roles existed, so existing administrators lose nothing.
 */
public final class PortalAdminAccess {

    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public PortalAdminAccess(RealmModel realm, AdminPermissionEvaluator auth) {
        this.realm = realm;
        this.auth = auth;
    }

    /** Keycloak's own evaluator, for the checks that are Keycloak's alone. */
    public AdminPermissionEvaluator keycloak() {
        return auth;
    }

    public boolean has(PortalAdminRole role) {
        ClientModel client = realm.getClientByClientId(PortalAdminClient.CLIENT_ID);
        return client != null && auth.adminAuth().hasAppRole(client, role.roleName());
    }

    /** The portal roles the administrator holds (composites expanded by Keycloak). */
    public Set<PortalAdminRole> roles() {
        Set<PortalAdminRole> held = EnumSet.noneOf(PortalAdminRole.class);
        for (PortalAdminRole role : PortalAdminRole.values()) {
            if (has(role)) {
                held.add(role);
            }
        }
        return held;
    }

    public boolean canViewSecondFactors(UserModel user) {
        return auth.users().canView(user)
                && (has(PortalAdminRole.VIEW_SECOND_FACTORS)
                        || has(PortalAdminRole.MANAGE_SECOND_FACTORS)
                        || auth.users().canManage(user));
    }

    /**
     * Keycloak's right to manage the user always counts. The portal role alone does not reach
     * administrators (anyone holding a role of realm-management or of the portal): a helpdesk must
     * not point an administrator's second step at its own phone.
     */
    public boolean canManageSecondFactors(UserModel user) {
        return auth.users().canView(user)
                && (auth.users().canManage(user)
                        || (has(PortalAdminRole.MANAGE_SECOND_FACTORS) && !isAdministrator(user)));
    }

    public boolean canRevealNumbers(UserModel user) {
        return canViewSecondFactors(user)
                && (has(PortalAdminRole.REVEAL_NUMBERS) || auth.users().canManage(user));
    }

    public boolean canViewSettings() {
        return has(PortalAdminRole.MANAGE_PORTAL_SETTINGS) || auth.realm().canViewRealm();
    }

    public boolean canManageSettings() {
        return has(PortalAdminRole.MANAGE_PORTAL_SETTINGS) || auth.realm().canManageRealm();
    }

    /**
     * The question catalog belongs to the settings, and also to user administration (the seed's
     * Security Questions tab), so view-users / manage-users keep the access they had.
     */
    public boolean canViewQuestions() {
        return canViewSettings() || auth.users().canView();
    }

    public boolean canManageQuestions() {
        return canManageSettings() || auth.users().canManage();
    }

    public boolean canManageTokens() {
        return has(PortalAdminRole.MANAGE_TOKENS) || auth.users().canManage();
    }

    public boolean canViewFraud() {
        return has(PortalAdminRole.VIEW_FRAUD) || auth.users().canManage();
    }

    public void requireViewSecondFactors(UserModel user) {
        require(canViewSecondFactors(user));
    }

    public void requireManageSecondFactors(UserModel user) {
        require(canManageSecondFactors(user));
    }

    public void requireRevealNumbers(UserModel user) {
        require(canRevealNumbers(user));
    }

    public void requireViewSettings() {
        require(canViewSettings());
    }

    public void requireManageSettings() {
        require(canManageSettings());
    }

    public void requireViewQuestions() {
        require(canViewQuestions());
    }

    public void requireManageQuestions() {
        require(canManageQuestions());
    }

    public void requireManageTokens() {
        require(canManageTokens());
    }

    public void requireViewFraud() {
        require(canViewFraud());
    }

    /** Seeing a group's members, as Keycloak decides it (for acts on each of them). */
    public void requireViewGroupMembers(GroupModel group) {
        auth.groups().requireViewMembers(group);
    }

    /** Whether the user holds any administration role of the realm (composites and groups too). */
    private boolean isAdministrator(UserModel user) {
        return Stream.of(
                        realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID),
                        realm.getClientByClientId(PortalAdminClient.CLIENT_ID))
                .filter(Objects::nonNull)
                .flatMap(ClientModel::getRolesStream)
                .anyMatch(user::hasRole);
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
