package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.openqa.selenium.By;

/**
 * A master-realm administrator manages the demo realm from {@code /admin/master/console/}: that
 * page is the admin theme of master (the realm in its URL), whichever realm is picked inside it. So
 * ./run (and the tests' server, like it) gives master the demo realm's admin theme.
 */
@ExtendWith(KeycloakServer.Extension.class)
class MasterAdminConsoleIT {

    private static final String MASTER_CONSOLE = "/admin/master/console/";
    private static final String DEMO_CONSOLE = "/admin/" + KeycloakServer.REALM + "/console/";

    /** Where a console page loads its bundle from: {@code /resources/{version}/admin/{theme}/}. */
    private static final String PORTAL_THEME_RESOURCES = "/admin/mfa-portal/";

    private final KeycloakServer server;

    MasterAdminConsoleIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void theConsolePageIsTheAdminThemeOfTheRealmInItsUrl() {
        AdminClient admin = server.admin();
        assertThat(consolePage(MASTER_CONSOLE)).contains(PORTAL_THEME_RESOURCES);
        try {
            admin.put("/admin/realms/master", Map.of("adminTheme", "keycloak.v2"))
                    .requireStatus(204);

            // Master's own theme decides master's console, the demo realm's its own.
            assertThat(consolePage(MASTER_CONSOLE))
                    .doesNotContain(PORTAL_THEME_RESOURCES)
                    .contains("/admin/keycloak.v2/");
            assertThat(consolePage(DEMO_CONSOLE)).contains(PORTAL_THEME_RESOURCES);
        } finally {
            admin.put("/admin/realms/master", Map.of("adminTheme", "mfa-portal"))
                    .requireStatus(204);
        }
    }

    @Test
    void theBootstrapAdminReachesTheDemoRealmsPortalSettingsThroughManageRealmsAndTheMenu() {
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + MASTER_CONSOLE);
            chromium.signIn(server.bootstrapAdmin());
            chromium.onFailureKeep("admin-console-master-admin");

            chromium.element("nav-item-realms").click();
            chromium.waitFor(
                            d ->
                                    d.findElements(By.linkText(KeycloakServer.REALM)).stream()
                                            .findFirst()
                                            .orElse(null))
                    .click();
            // Still master's console page; the realm picked lives in the route (the URL's hash).
            chromium.waitFor(
                    d ->
                            d.getCurrentUrl()
                                            .startsWith(
                                                    server.base()
                                                            + MASTER_CONSOLE
                                                            + "#/"
                                                            + KeycloakServer.REALM)
                                    ? true
                                    : null);

            // The portal's group stays the last of the menu, after Keycloak's groups of this realm.
            chromium.waitFor(
                    d ->
                            "mfa-portal-nav"
                                            .equals(
                                                    d.findElement(
                                                                    By.cssSelector(
                                                                            ".keycloak__page_nav__nav nav > :last-child"))
                                                            .getDomAttribute("data-testid"))
                                    ? true
                                    : null);
            chromium.element("nav-item-mfa-portal-settings").click();
            chromium.waitFor(
                    d ->
                            d.getCurrentUrl()
                                            .endsWith(
                                                    "#/"
                                                            + KeycloakServer.REALM
                                                            + "/mfa-portal/settings")
                                    ? true
                                    : null);
            chromium.waitFor(d -> ConsolePage.heading(d));
            ConsolePage.assertRenderedWithoutError(chromium, "portal settings as master admin");
            chromium.screenshot("admin-console-master-admin");
        }
    }

    private String consolePage(String path) {
        return server.admin().sendAnonymously("GET", path, null).requireStatus(200).body();
    }
}
