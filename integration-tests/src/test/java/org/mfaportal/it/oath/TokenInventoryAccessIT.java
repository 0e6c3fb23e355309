package org.mfaportal.it.oath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * Who may see the token inventory and hand tokens out, with Keycloak's fine-grained admin
 * permissions (v2): Ann may manage Alice and no one else. She cannot list, import or delete the
 * realm's unassigned tokens (that needs the right to manage all users), and may give a token to
 * Alice but not to Bob. A realm of its own, so that the demo realm's permissions stay as they are.
 */
@ExtendWith(KeycloakServer.Extension.class)
class TokenInventoryAccessIT {

    private static final String PASSWORD = "ann-Secret-1";

    private final AdminClient admin;
    private final String realm = "fgap-" + UUID.randomUUID().toString().substring(0, 8);
    private String aliceId;
    private String bobId;

    TokenInventoryAccessIT(KeycloakServer server) {
        this.admin = server.admin();
    }

    @BeforeEach
    void aRealmWhereAnnManagesOnlyAlice() {
        admin.post(
                        "/admin/realms",
                        Map.of("realm", realm, "enabled", true, "adminPermissionsEnabled", true))
                .requireStatus(201);
        String annId = admin.createUser(realm, "ann", PASSWORD, List.of());
        aliceId = admin.createUser(realm, "alice", PASSWORD, List.of());
        bobId = admin.createUser(realm, "bob", PASSWORD, List.of());
        // query-users only lets Ann search; it grants no right to manage anyone.
        String realmManagement = clientId("realm-management");
        JsonNode queryUsers =
                admin.get(realmPath("/clients/" + realmManagement + "/roles/query-users"))
                        .requireStatus(200)
                        .json();
        admin.post(
                        realmPath("/users/" + annId + "/role-mappings/clients/" + realmManagement),
                        List.of(queryUsers))
                .requireStatus(204);
        String permissions =
                realmPath("/clients/" + clientId("admin-permissions") + "/authz/resource-server");
        admin.post(permissions + "/policy/user", Map.of("name", "is ann", "users", List.of(annId)))
                .requireStatus(201);
        admin.post(
                        permissions + "/permission/scope",
                        Map.of(
                                "name",
                                "ann manages alice",
                                "resourceType",
                                "Users",
                                "resources",
                                List.of(aliceId),
                                "scopes",
                                List.of("view", "manage"),
                                "policies",
                                List.of("is ann")))
                .requireStatus(201);
    }

    @AfterEach
    void removeTheRealm() {
        admin.send("DELETE", "/admin/realms/" + realm, null).requireStatus(204);
    }

    @Test
    void anAdminWhoManagesOnlyAliceAssignsOnlyToHerAndCannotSeeTheInventory() {
        HardwareToken forAlice = new HardwareToken();
        HardwareToken forBob = new HardwareToken();
        String tokens = realmPath("/mfa-portal/oath/tokens");
        admin.post(
                        tokens,
                        Map.of(
                                "format",
                                "csv",
                                "content",
                                forAlice.serial
                                        + ","
                                        + forAlice.hex()
                                        + ",totp\n"
                                        + forBob.serial
                                        + ","
                                        + forBob.hex()
                                        + ",totp\n"))
                .requireStatus(200);
        AdminClient ann = admin.as(realm, "ann", PASSWORD);

        assertThat(ann.get(tokens).status()).isEqualTo(403);
        assertThat(
                        ann.post(
                                        tokens,
                                        Map.of(
                                                "format",
                                                "csv",
                                                "content",
                                                new HardwareToken().serial
                                                        + ","
                                                        + forBob.hex()
                                                        + ",totp"))
                                .status())
                .isEqualTo(403);
        assertThat(
                        ann.post(tokens + "/removal", Map.of("serials", List.of(forBob.serial)))
                                .status())
                .isEqualTo(403);

        ann.post(tokens + "/" + forAlice.serial + "/assignment", Map.of("userId", aliceId))
                .requireStatus(204);
        assertThat(
                        ann.post(
                                        tokens + "/" + forBob.serial + "/assignment",
                                        Map.of("userId", bobId))
                                .status())
                .isEqualTo(403);

        assertThat(serials(tokens)).containsExactly(forBob.serial);
        assertThat(labels(aliceId)).contains(forAlice.serial);
        assertThat(labels(bobId)).doesNotContain(forBob.serial);
    }

    private String realmPath(String path) {
        return "/admin/realms/" + realm + path;
    }

    private String clientId(String clientId) {
        return admin.get(realmPath("/clients?clientId=" + clientId))
                .requireStatus(200)
                .json()
                .get(0)
                .get("id")
                .asText();
    }

    private List<String> serials(String tokens) {
        List<String> serials = new ArrayList<>();
        admin.get(tokens)
                .requireStatus(200)
                .json()
                .forEach(token -> serials.add(token.get("serial").asText()));
        return serials;
    }

    private List<String> labels(String userId) {
        List<String> labels = new ArrayList<>();
        admin.get(realmPath("/users/" + userId + "/credentials"))
                .requireStatus(200)
                .json()
                .forEach(credential -> labels.add(credential.path("userLabel").asText()));
        return labels;
    }
}
