package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminConsole;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The portal's admin console is Keycloak's console from the npm library (26.6.2) on a 26.5.6
 * server: every page of Keycloak's menu, and every tab of a user's page, must still work in it.
 */
@ExtendWith(KeycloakServer.Extension.class)
class KeycloakPagesInPortalConsoleIT {

    private static final String CONSOLE = "/admin/" + KeycloakServer.REALM + "/console/";

    private final KeycloakServer server;

    KeycloakPagesInPortalConsoleIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void aRealmAdministratorOpensEveryPageOfKeycloaksMenu() {
        TestUser admin = TestUser.withTotp(server);
        AdminRoles.grant(server, admin, AdminRoles.REALM_MANAGEMENT, "realm-admin");
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + CONSOLE);
            chromium.signIn(admin);
            chromium.onFailureKeep("admin-console-keycloak-menu");

            List<String> entries =
                    chromium.waitFor(
                            d -> {
                                List<String> shown = keycloakMenuEntries(d);
                                return shown.contains("nav-item-user-federation") ? shown : null;
                            });
            assertThat(entries)
                    .contains(
                            "nav-item-clients",
                            "nav-item-client-scopes",
                            "nav-item-roles",
                            "nav-item-users",
                            "nav-item-groups",
                            "nav-item-sessions",
                            "nav-item-events",
                            "nav-item-realm-settings",
                            "nav-item-authentication",
                            "nav-item-identity-providers");
            // The console's first page loads only files that exist (no modulepreload of manifest
            // keys, no missing asset of the theme).
            assertThat(ConsolePage.notFoundInBrowserLog(chromium))
                    .as("404s in the browser log")
                    .isEmpty();

            String previousHeading = null;
            for (String entry : entries) {
                WebElement link = chromium.element(entry);
                String href = link.getDomAttribute("href");
                link.click();
                chromium.waitFor(d -> d.getCurrentUrl().contains(href) ? true : null);
                String shown = previousHeading;
                previousHeading =
                        chromium.waitFor(
                                d -> {
                                    String heading = ConsolePage.heading(d);
                                    return heading != null && !heading.equals(shown)
                                            ? heading
                                            : null;
                                });
                ConsolePage.assertRenderedWithoutError(chromium, entry);
            }
            chromium.screenshot("admin-console-keycloak-menu");
        }
    }

    @Test
    void aRealmAdministratorOpensEveryTabOfAUsersPage() {
        TestUser admin = TestUser.withTotp(server);
        AdminRoles.grant(server, admin, AdminRoles.REALM_MANAGEMENT, "realm-admin");
        TestUser target = TestUser.withTotp(server);
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + CONSOLE);
            chromium.signIn(admin);
            chromium.onFailureKeep("admin-console-user-tabs");

            AdminConsole.openUser(chromium, target);
            chromium.waitFor(d -> target.username().equals(ConsolePage.heading(d)) ? true : null);

            // Keycloak's tabs (the portal's own entry, a link to its page, is
            // AdminConsoleBrowserIT's).
            List<String> tabs =
                    chromium.waitFor(d -> keycloakTabs(d).size() > 3 ? keycloakTabs(d) : null);
            assertThat(tabs)
                    .contains("Details", "Credentials", "Role mapping", "Groups", "Sessions");
            for (String tab : tabs) {
                chromium.waitFor(d -> clickTab(d, tab));
                chromium.waitFor(
                        d -> {
                            WebElement current = tabItem(d, tab);
                            String classes =
                                    current == null ? null : current.getDomAttribute("class");
                            return classes != null && classes.contains("pf-m-current")
                                    ? true
                                    : null;
                        });
                assertThat(ConsolePage.heading(chromium.driver()))
                        .as(tab)
                        .isEqualTo(target.username());
                ConsolePage.assertRenderedWithoutError(chromium, "user tab " + tab);
            }
            chromium.screenshot("admin-console-user-tabs");
        }
    }

    /** The test ids of Keycloak's own menu entries, in menu order (not the portal's group). */
    private static List<String> keycloakMenuEntries(WebDriver driver) {
        return driver.findElements(By.cssSelector("nav a[data-testid^='nav-item-']")).stream()
                .map(a -> a.getDomAttribute("data-testid"))
                .filter(id -> !id.startsWith("nav-item-mfa-portal"))
                .toList();
    }

    /** The labels of the user page's tabs, except the portal's "Second factors" entry. */
    private static List<String> keycloakTabs(WebDriver driver) {
        return tabItems(driver).stream()
                .filter(
                        li ->
                                !"mfa-user-second-factors-tab"
                                        .equals(li.getDomAttribute("data-testid")))
                .map(WebElement::getText)
                .map(String::strip)
                .filter(label -> !label.isEmpty())
                .toList();
    }

    /**
     * Clicks the tab; while the bar is wider than the window and the tab hides under its "scroll
     * forward" button, presses that button first, as a user would (null: not clicked yet).
     */
    private static Boolean clickTab(WebDriver driver, String label) {
        WebElement item = tabItem(driver, label);
        if (item == null) {
            return null;
        }
        try {
            item.findElement(By.cssSelector(".pf-v5-c-tabs__link")).click();
            return true;
        } catch (ElementClickInterceptedException hidden) {
            AdminConsole.scrollTabsForward(driver);
            return null;
        } catch (StaleElementReferenceException rerendered) {
            return null;
        }
    }

    /** The tab of that label, or null while it is not (or no longer) on the page. */
    private static WebElement tabItem(WebDriver driver, String label) {
        return tabItems(driver).stream()
                .filter(li -> li.getText().strip().equals(label))
                .findFirst()
                .orElse(null);
    }

    /** The items of the first tab bar of the page (the user page's own tabs). */
    private static List<WebElement> tabItems(WebDriver driver) {
        return driver.findElements(By.cssSelector("main .pf-v5-c-tabs__list")).stream()
                .findFirst()
                .map(list -> list.findElements(By.xpath("./li")))
                .orElse(List.of());
    }
}
