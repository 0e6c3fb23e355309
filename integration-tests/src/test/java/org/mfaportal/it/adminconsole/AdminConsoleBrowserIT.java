package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminConsole;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;

/**
 * The demo realm's admin console, built as the mfa-portal admin theme on Keycloak's admin console
 * library, keeps Keycloak's own menu and adds the portal's group, whose page shows the realm's
 * settings read from the portal's admin REST.
 */
@ExtendWith(KeycloakServer.Extension.class)
class AdminConsoleBrowserIT {

    private final KeycloakServer server;

    AdminConsoleBrowserIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void anAdminReachesThePortalSettingsThroughTheConsoleMenu() {
        TestUser admin = TestUser.withTotp(server);
        AdminRoles.grant(server, admin, AdminRoles.REALM_MANAGEMENT, "view-realm");
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
            String bypassSeconds =
                    chromium.element("mfa-setting-bypassDefaultSeconds").getDomProperty("value");
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
        }
    }

    @Test
    void anAdminOpensAUsersSecondFactorsFromKeycloaksUserPage() {
        TestUser admin = TestUser.withTotp(server);
        AdminRoles.grant(server, admin, AdminRoles.REALM_MANAGEMENT, "query-users", "view-users");
        // Keycloak's view-users says which users; the portal role says their second factors may be
        // seen.
        AdminRoles.grant(server, admin, AdminRoles.PORTAL, "view-second-factors");
        TestUser target = TestUser.withTotp(server);
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(admin);
            chromium.onFailureKeep("admin-console-user-second-factors");

            // Keycloak's user page, with the portal's entry at the end of its tabs.
            AdminConsole.openSecondFactors(chromium, target);
            // Named with the portal's messages, where Keycloak's Credentials tab prints the raw
            // type.
            assertThat(chromium.element("mfa-credential-otp").getText())
                    .contains("Authenticator app or OATH token");
            chromium.screenshot("admin-console-user-second-factors");
        }
    }
}
