package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 14, first proof: the realm's admin console, built as the mfa-portal admin theme on
 * Keycloak's
 *
 * @keycloak/keycloak-admin-ui library, keeps Keycloak's own menu and adds the portal's group, whose
 *     page shows the realm's settings read from the portal's admin REST.
 */
@ExtendWith(KeycloakServer.Extension.class)
class AdminConsoleBrowserIT {

    private static final String REALM_PATH = "/admin/realms/" + KeycloakServer.REALM;

    private final KeycloakServer server;

    AdminConsoleBrowserIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void anAdminReachesThePortalSettingsThroughTheConsoleMenu() {
        TestUser admin = TestUser.withTotp(server);
        grantRealmManagementRole(admin, "view-realm");
        String previousTheme =
                server.admin()
                        .get(REALM_PATH)
                        .requireStatus(200)
                        .json()
                        .path("adminTheme")
                        .asText("");
        server.admin().put(REALM_PATH, Map.of("adminTheme", "mfa-portal")).requireStatus(204);
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(admin);
            chromium.onFailureKeep("admin-console-portal-settings");

            // Keycloak's own menu is there (Realm settings), and the portal's group with it.
            chromium.element("nav-item-realm-settings");
            chromium.element("nav-item-mfa-portal-settings").click();

            chromium.waitFor(
                    d ->
                            d.getCurrentUrl()
                                            .endsWith(
                                                    "/"
                                                            + KeycloakServer.REALM
                                                            + "/mfa-portal/settings")
                                    ? true
                                    : null);
            String bypassSeconds = chromium.element("mfa-setting-bypassDefaultSeconds").getText();
            assertThat(bypassSeconds)
                    .isEqualTo(
                            String.valueOf(
                                    server.admin()
                                            .portalSettings(KeycloakServer.REALM)
                                            .get("bypassDefaultSeconds")));
            assertThat(
                            chromium.driver().findElements(By.tagName("h1")).stream()
                                    .map(h -> h.getText())
                                    .toList())
                    .contains("Portal settings");
            chromium.screenshot("admin-console-portal-settings");
        } finally {
            server.admin()
                    .put(
                            REALM_PATH,
                            Map.of(
                                    "adminTheme",
                                    previousTheme.isEmpty() ? "keycloak.v2" : previousTheme))
                    .requireStatus(204);
        }
    }

    @Test
    void anAdminOpensAUsersSecondFactorsFromKeycloaksUserPage() {
        TestUser admin = TestUser.withTotp(server);
        grantRealmManagementRole(admin, "query-users");
        grantRealmManagementRole(admin, "view-users");
        TestUser target = TestUser.withTotp(server);
        String previousTheme =
                server.admin()
                        .get(REALM_PATH)
                        .requireStatus(200)
                        .json()
                        .path("adminTheme")
                        .asText("");
        server.admin().put(REALM_PATH, Map.of("adminTheme", "mfa-portal")).requireStatus(204);
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(admin);
            chromium.onFailureKeep("admin-console-user-second-factors");

            chromium.element("nav-item-users").click();
            WebElement search = chromium.element("table-search-input");
            WebElement input =
                    "input".equals(search.getTagName())
                            ? search
                            : search.findElement(By.tagName("input"));
            input.sendKeys(target.username(), Keys.ENTER);
            chromium.waitFor(
                            d ->
                                    d.findElements(By.linkText(target.username())).stream()
                                            .findFirst()
                                            .orElse(null))
                    .click();

            // Keycloak's user page, with the portal's entry at the end of its tabs.
            chromium.element("mfa-user-second-factors-tab").findElement(By.tagName("a")).click();
            chromium.waitFor(
                    d ->
                            d.getCurrentUrl().endsWith("/mfa-portal/users/" + target.id())
                                    ? true
                                    : null);
            // Named with the portal's messages, where Keycloak's Credentials tab prints the raw
            // type.
            assertThat(chromium.element("mfa-credential-otp").getText())
                    .contains("Authenticator app or OATH token");
            chromium.screenshot("admin-console-user-second-factors");
        } finally {
            server.admin()
                    .put(
                            REALM_PATH,
                            Map.of(
                                    "adminTheme",
                                    previousTheme.isEmpty() ? "keycloak.v2" : previousTheme))
                    .requireStatus(204);
        }
    }

    private void grantRealmManagementRole(TestUser user, String roleName) {
        AdminClient admin = server.admin();
        JsonNode clients =
                admin.get(REALM_PATH + "/clients?clientId=realm-management")
                        .requireStatus(200)
                        .json();
        String clientUuid = clients.get(0).path("id").asText();
        JsonNode role =
                admin.get(REALM_PATH + "/clients/" + clientUuid + "/roles/" + roleName)
                        .requireStatus(200)
                        .json();
        admin.post(
                        REALM_PATH + "/users/" + user.id() + "/role-mappings/clients/" + clientUuid,
                        List.of(role))
                .requireStatus(204);
    }
}
