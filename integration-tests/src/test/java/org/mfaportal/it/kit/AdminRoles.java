package org.mfaportal.it.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Gives a test user client roles of the demo realm: Keycloak's realm-management roles, or the
 * portal's own ({@value #PORTAL}).
 */
public final class AdminRoles {

    /** The client holding the portal administrators' roles. */
    public static final String PORTAL = "mfa-portal";

    /** Keycloak's client holding the realm's administration roles. */
    public static final String REALM_MANAGEMENT = "realm-management";

    private static final String REALM_PATH = "/admin/realms/" + KeycloakServer.REALM;

    private AdminRoles() {}

    /** The portal's client in {@code realm}, as the admin REST finds it by its client id. */
    public static JsonNode portalClients(AdminClient admin, String realm) {
        return admin.get("/admin/realms/" + realm + "/clients?clientId=" + PORTAL)
                .requireStatus(200)
                .json();
    }

    /** Maps the client's roles (by name) to the user. */
    public static void grant(
            KeycloakServer server, TestUser user, String clientId, String... roleNames) {
        AdminClient admin = server.admin();
        String clientUuid =
                admin.get(REALM_PATH + "/clients?clientId=" + clientId)
                        .requireStatus(200)
                        .json()
                        .get(0)
                        .path("id")
                        .asText();
        List<JsonNode> roles =
                List.of(roleNames).stream()
                        .map(
                                name ->
                                        admin.get(
                                                        REALM_PATH
                                                                + "/clients/"
                                                                + clientUuid
                                                                + "/roles/"
                                                                + name)
                                                .requireStatus(200)
                                                .json())
                        .toList();
        admin.post(
                        REALM_PATH + "/users/" + user.id() + "/role-mappings/clients/" + clientUuid,
                        roles)
                .requireStatus(204);
    }
}
