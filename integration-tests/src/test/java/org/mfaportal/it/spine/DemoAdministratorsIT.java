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
