package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mfaportal.admin.access.PortalAdminRole;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.BareKeycloak;

/**
 * A realm that has no portal client when the server starts (made before the portal was installed,
 * or its client deleted) gets the client and its roles back at that start, on a thread beside the
 * start: the server answers first, the client follows within moments.
 */
class PortalClientAtStartIT {

    /** Far longer than completing a realm takes; only a broken completion waits this long. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aRealmWithoutThePortalsClientGetsItBackAtTheNextStart() throws Exception {
        String realm = "no-portal-client-" + UUID.randomUUID().toString().substring(0, 8);
        try (BareKeycloak keycloak = BareKeycloak.start(true)) {
            AdminClient admin = keycloak.admin();
            admin.post("/admin/realms", Map.of("realm", realm, "enabled", true)).requireStatus(201);
            String client = clients(admin, realm).get(0).path("id").asText();
            admin.send("DELETE", "/admin/realms/" + realm + "/clients/" + client, null)
                    .requireStatus(204);
            assertThat(clients(admin, realm)).isEmpty();
        }
        try (BareKeycloak keycloak = BareKeycloak.start(true)) {
            AdminClient admin = keycloak.admin();
            try {
                JsonNode clients = awaitClient(admin, realm);

                assertThat(clients).hasSize(1);
                String client =
                        "/admin/realms/" + realm + "/clients/" + clients.get(0).path("id").asText();
                List<String> roles = new ArrayList<>();
                admin.get(client + "/roles")
                        .requireStatus(200)
                        .json()
                        .forEach(role -> roles.add(role.path("name").asText()));
                for (PortalAdminRole role : PortalAdminRole.values()) {
                    assertThat(roles).contains(role.roleName());
                }
                assertThat(roles).contains(PortalAdminRole.HELPDESK, PortalAdminRole.ADMIN);
            } finally {
                admin.send("DELETE", "/admin/realms/" + realm, null).requireStatus(204);
            }
        }
    }

    /**
     * The realm's portal client once the start's completing thread added it: a bounded wait for a
     * thread, not for a clock (Keycloak's time offset cannot speed it up).
     */
    private static JsonNode awaitClient(AdminClient admin, String realm)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode clients = clients(admin, realm);
        while (clients.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            clients = clients(admin, realm);
        }
        return clients;
    }

    private static JsonNode clients(AdminClient admin, String realm) {
        return AdminRoles.portalClients(admin, realm);
    }
}
