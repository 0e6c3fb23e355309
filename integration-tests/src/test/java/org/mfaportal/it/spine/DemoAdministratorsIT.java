package org.mfaportal.it.spine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * Issue 12.5: Keycloak's password grant (direct grant) never runs the browser flow's second step,
 * so the demo realm gives no password-only token to anyone, least of all to its administrators.
 */
@ExtendWith(KeycloakServer.Extension.class)
class DemoAdministratorsIT {

    private final KeycloakServer server;

    DemoAdministratorsIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void thePortalAdminGetsNoAdminTokenWithThePasswordAlone()
            throws IOException, InterruptedException {
        HttpResponse<String> reply =
                passwordGrant("admin-cli", "portal-admin", "portal-admin-demo");

        assertThat(reply.statusCode()).isIn(400, 401);
        assertThat(new ObjectMapper().readTree(reply.body()).path("error").asText())
                .isEqualTo("unauthorized_client");
        assertThat(reply.body()).doesNotContain("access_token");
    }

    @Test
    void noClientOfTheDemoRealmAllowsThePasswordGrant() {
        JsonNode clients =
                server.admin()
                        .get("/admin/realms/" + KeycloakServer.REALM + "/clients")
                        .requireStatus(200)
                        .json();

        List<String> allowing = new ArrayList<>();
        clients.forEach(
                client -> {
                    String clientId = client.path("clientId").asText();
                    // The tests' own client for permission tests (kit/AdminClient#as) is test data,
                    // not the demo's.
                    if (client.path("directAccessGrantsEnabled").asBoolean()
                            && !clientId.equals(AdminClient.TEST_PASSWORD_GRANT_CLIENT)) {
                        allowing.add(clientId);
                    }
                });
        assertThat(clients.size()).isGreaterThan(5);
        assertThat(allowing).isEmpty();
    }

    /**
     * Issue 14.5: the demo's portal-admin is a helpdesk administrator of the group Staff (alice and
     * bob), not a realm administrator; portal-superadmin holds every portal right.
     */
    @Test
    void thePortalAdminIsTheHelpdeskOfStaffAndTheSuperadminHoldsEveryPortalRight() {
        String realm = "/admin/realms/" + KeycloakServer.REALM;
        AdminClient helpdesk =
                server.admin().as(KeycloakServer.REALM, "portal-admin", "portal-admin-demo");

        JsonNode me = helpdesk.get(realm + "/mfa-portal/me").requireStatus(200).json();
        assertThat(texts(me.path("roles")))
                .containsExactlyInAnyOrder(
                        "view-second-factors", "manage-second-factors", "view-fraud");
        assertThat(me.path("viewSettings").asBoolean()).isFalse();
        // Keycloak lists only the members of Staff to them (the fine-grained permission).
        JsonNode listed = helpdesk.get(realm + "/users?max=100").requireStatus(200).json();
        assertThat(listed.findValuesAsText("username")).containsExactlyInAnyOrder("alice", "bob");
        assertThat(helpdesk.get(realm + "/mfa-portal/settings").status()).isEqualTo(403);
        assertThat(realmManagementRoles("portal-admin")).containsExactly("query-users");

        AdminClient superadmin =
                server.admin()
                        .as(KeycloakServer.REALM, "portal-superadmin", "portal-superadmin-demo");
        assertThat(
                        texts(
                                superadmin
                                        .get(realm + "/mfa-portal/me")
                                        .requireStatus(200)
                                        .json()
                                        .path("roles")))
                .hasSize(6);
        assertThat(superadmin.get(realm + "/mfa-portal/settings").status()).isEqualTo(200);
        assertThat(
                        superadmin
                                .get(realm + "/users?max=100")
                                .requireStatus(200)
                                .json()
                                .findValuesAsText("username"))
                .contains("alice", "bob", "portal-admin");
        assertThat(realmManagementRoles("portal-superadmin"))
                .containsExactlyInAnyOrder("view-users", "query-users");
    }

    private List<String> realmManagementRoles(String username) {
        String realm = "/admin/realms/" + KeycloakServer.REALM;
        AdminClient admin = server.admin();
        String userId =
                admin.get(realm + "/users?exact=true&username=" + username)
                        .requireStatus(200)
                        .json()
                        .get(0)
                        .path("id")
                        .asText();
        String client =
                admin.get(realm + "/clients?clientId=realm-management")
                        .requireStatus(200)
                        .json()
                        .get(0)
                        .path("id")
                        .asText();
        return admin.get(realm + "/users/" + userId + "/role-mappings/clients/" + client)
                .requireStatus(200)
                .json()
                .findValuesAsText("name");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private HttpResponse<String> passwordGrant(String clientId, String username, String password)
            throws IOException, InterruptedException {
        String form =
                "grant_type=password&client_id="
                        + clientId
                        + "&username="
                        + username
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        server.base()
                                                .resolve(
                                                        "/realms/"
                                                                + KeycloakServer.REALM
                                                                + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
