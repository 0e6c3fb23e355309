package org.mfaportal.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A fine-grained admin permission (v2) letting one administrator see the members of one group: how
 * a helpdesk administrator is limited to a group. Made through the admin REST, not carried in the
 * realm export: importing the admin-permissions client's policies is fragile
 * (keycloak/keycloak#44360, #47901), while the export's adminPermissionsEnabled alone imports
 * cleanly. ./run and the tests' server both call {@link #grantDemo} after the import.
 */
public final class MemberViewPermission {

    /** The demo realm's helpdesk administrator and the group it may see. */
    static final String DEMO_REALM = "mfa-demo";

    static final String DEMO_ADMIN = "portal-admin";
    static final String DEMO_GROUP = "Staff";

    /** The group scope of FGAP v2 that lets an administrator view a group's members. */
    private static final String VIEW_MEMBERS = "view-members";

    private MemberViewPermission() {}

    /** A granted permission and the policy naming its administrator, to revoke both. */
    public record Grant(String realm, String clientId, String permissionId, String policyId) {}

    /** The demo's: portal-admin sees the members of Staff. Does nothing when it exists. */
    public static void grantDemo(AdminRest admin) {
        String name = DEMO_ADMIN + " views members of " + DEMO_GROUP;
        String client = permissionsClient(admin, DEMO_REALM);
        if (!admin.get(authz(DEMO_REALM, client) + "/permission?name=" + encode(name)).isEmpty()) {
            return;
        }
        String groupId =
                first(
                        admin,
                        "/admin/realms/" + DEMO_REALM + "/groups?exact=true&search=" + DEMO_GROUP);
        String userId =
                first(
                        admin,
                        "/admin/realms/" + DEMO_REALM + "/users?exact=true&username=" + DEMO_ADMIN);
        grant(admin, DEMO_REALM, groupId, userId, name);
    }

    /** Lets the user (an administrator) view the group's members; name must be new. */
    public static Grant grant(
            AdminRest admin, String realm, String groupId, String userId, String name) {
        String client = permissionsClient(admin, realm);
        String authz = authz(realm, client);
        String policyId =
                admin.post(
                                authz + "/policy/user",
                                Map.of("name", name + " (administrator)", "users", List.of(userId)))
                        .path("id")
                        .asText();
        String permissionId =
                admin.post(
                                authz + "/permission/scope",
                                Map.of(
                                        "name",
                                        name,
                                        "resourceType",
                                        "Groups",
                                        "resources",
                                        List.of(groupId),
                                        "scopes",
                                        List.of(VIEW_MEMBERS),
                                        "policies",
                                        List.of(policyId)))
                        .path("id")
                        .asText();
        return new Grant(realm, client, permissionId, policyId);
    }

    public static void revoke(AdminRest admin, Grant grant) {
        String authz = authz(grant.realm(), grant.clientId());
        admin.delete(authz + "/permission/" + grant.permissionId());
        admin.delete(authz + "/policy/" + grant.policyId());
    }

    /** The realm's admin-permissions client, there once adminPermissionsEnabled is on. */
    private static String permissionsClient(AdminRest admin, String realm) {
        return first(admin, "/admin/realms/" + realm + "/clients?clientId=admin-permissions");
    }

    private static String authz(String realm, String clientId) {
        return "/admin/realms/" + realm + "/clients/" + clientId + "/authz/resource-server";
    }

    private static String first(AdminRest admin, String query) {
        JsonNode found = admin.get(query);
        if (found.isEmpty()) {
            throw new IllegalStateException("Nothing found at " + query);
        }
        return found.get(0).path("id").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
