package org.mfaportal.admin.access;

import java.util.List;

/**
 * GET mfa-portal/me: what the signed-in administrator may do, so the console shows only the menu
 * entries and buttons that will work. Per-user rights are answered with the user (GET users/{id}).
 */
public record AdminAbilities(
        List<String> roles,
        boolean queryUsers,
        boolean viewSettings,
        boolean manageSettings,
        boolean manageTokens,
        boolean viewFraud) {

    public static AdminAbilities of(PortalAdminAccess access) {
        return new AdminAbilities(
                access.roles().stream().map(PortalAdminRole::roleName).toList(),
                access.keycloak().users().canQuery(),
                access.canViewSettings(),
                access.canManageSettings(),
                access.canManageTokens(),
                access.canViewFraud());
    }
}
