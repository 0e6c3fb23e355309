package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.admin.access.PortalAdminRole;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * Every realm has the portal's client and roles, not only the demo realm: a realm an operator
 * creates gets them when it is made, and a realm whose export brings them keeps its own, once.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PortalRolesInEveryRealmIT {

    private final AdminClient admin;

    PortalRolesInEveryRealmIT(KeycloakServer server) {
        this.admin = server.admin();
    }

    @Test
    void aRealmCreatedThroughTheAdminRestHasThePortalsClientAndRoles() {
        String realm = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/realms", Map.of("realm", realm, "enabled", true)).requireStatus(201);
        try {
            JsonNode clients = clients(realm);
            assertThat(clients).hasSize(1);
            assertThat(clients.get(0).path("bearerOnly").asBoolean()).isTrue();
            String client =
                    "/admin/realms/" + realm + "/clients/" + clients.get(0).path("id").asText();

            assertThat(names(admin.get(client + "/roles").requireStatus(200).json()))
                    .containsExactlyInAnyOrderElementsOf(allRoleNames());
            assertThat(
                            names(
                                    admin.get(
                                                    client
                                                            + "/roles/"
                                                            + PortalAdminRole.HELPDESK
                                                            + "/composites")
                                            .requireStatus(200)
                                            .json()))
                    .containsExactlyInAnyOrder(
                            "view-second-factors", "manage-second-factors", "view-fraud");
            assertThat(
                            names(
                                    admin.get(
                                                    client
                                                            + "/roles/"
                                                            + PortalAdminRole.ADMIN
                                                            + "/composites")
                                            .requireStatus(200)
                                            .json()))
                    .hasSize(PortalAdminRole.values().length);
        } finally {
            admin.send("DELETE", "/admin/realms/" + realm, null).requireStatus(204);
        }
    }

    @Test
    void theDemoRealmsImportedClientIsKeptAndNotDoubled() {
        JsonNode clients = clients(KeycloakServer.REALM);

        assertThat(clients).hasSize(1);
        String client =
                "/admin/realms/"
                        + KeycloakServer.REALM
                        + "/clients/"
                        + clients.get(0).path("id").asText();
        assertThat(names(admin.get(client + "/roles").requireStatus(200).json()))
                .containsExactlyInAnyOrderElementsOf(allRoleNames());
        // The master realm, made before any import, has them too.
        assertThat(clients("master")).hasSize(1);
    }

    private JsonNode clients(String realm) {
        return AdminRoles.portalClients(admin, realm);
    }

    private static List<String> allRoleNames() {
        return Stream.concat(
                        Stream.of(PortalAdminRole.values()).map(PortalAdminRole::roleName),
                        Stream.of(PortalAdminRole.HELPDESK, PortalAdminRole.ADMIN))
                .toList();
    }

    private static List<String> names(JsonNode roles) {
        List<String> names = new ArrayList<>();
        roles.forEach(role -> names.add(role.path("name").asText()));
        return names;
    }
}
