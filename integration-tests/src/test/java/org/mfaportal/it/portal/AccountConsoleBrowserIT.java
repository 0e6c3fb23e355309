package org.mfaportal.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Keycloak's own pages from the npm library work on this server version, in Chromium, inside the
 * mfa-portal theme.
 */
@ExtendWith(KeycloakServer.Extension.class)
class AccountConsoleBrowserIT {

    private final KeycloakServer server;

    AccountConsoleBrowserIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void aSignedInUserSeesKeycloaksPagesAndTheTwoStepEntryInTheMenu() {
        TestUser user = TestUser.withTotp(server);
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.realmUrl() + "/account/account-security/signing-in");
            chromium.signIn(user);
            chromium.onFailureKeep("account-console-signing-in");

            // The menu (the theme's content.json) holds the page, inside the collapsed "Account
            // security" group.
            chromium.waitFor(
                    d ->
                            d.findElements(
                                                    By.cssSelector(
                                                            "nav a[href$='account-security/two-step-verification']"))
                                            .isEmpty()
                                    ? null
                                    : true);
            // The library's own "Signing in" page, talking to this server's account REST API, lists
            // the app.
            chromium.waitFor(d -> d.getPageSource().contains("test authenticator") ? true : null);
            chromium.screenshot("account-console-signing-in");
        }
    }

    /**
     * Issue 12.1: the URL ./run prints has no trailing slash; the console must open there and every
     * menu entry work.
     */
    @Test
    void theConsoleOpensAtThePrintedUrlAndEveryMenuEntryOpensItsPage() {
        TestUser user = TestUser.withTotp(server);
        String consolePath = URI.create(server.realmUrl()).getPath() + "/account";
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.realmUrl() + "/account");
            chromium.signIn(user);
            chromium.onFailureKeep("account-console-menu");

            // The whole menu, once rendered (the portal's own entry comes from the theme's
            // content.json).
            String twoStep = consolePath + "/account-security/two-step-verification";
            List<String> entries =
                    chromium.waitFor(d -> menuLinks(d).contains(twoStep) ? menuLinks(d) : null);
            assertThat(entries).contains(consolePath + "/").hasSizeGreaterThanOrEqualTo(5);
            String previousHeading = null;
            for (String entry : entries) {
                assertThat(entry)
                        .as("menu link")
                        .startsWith(consolePath + "/")
                        .satisfies(
                                path ->
                                        assertThat(path.substring(consolePath.length()))
                                                .doesNotContain("/realms/"));
                clickMenuEntry(chromium, entry);
                chromium.waitFor(
                        d -> URI.create(d.getCurrentUrl()).getPath().equals(entry) ? true : null);
                // Each entry's own page: a heading of its own (the library's titles differ from
                // some menu labels).
                String shown = previousHeading;
                String heading =
                        chromium.waitFor(
                                d ->
                                        heading(d) != null && !heading(d).equals(shown)
                                                ? heading(d)
                                                : null);
                assertThat(chromium.driver().getPageSource())
                        .doesNotContain("Unexpected Application Error", "404 Not Found");
                previousHeading = heading;
            }
        }
    }

    @Test
    void theTwoStepPageIsReachedByItsMenuEntry() {
        TestUser user = TestUser.withTotp(server);
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.realmUrl() + "/account");
            chromium.signIn(user);
            chromium.onFailureKeep("account-console-two-step-by-menu");

            String entry =
                    URI.create(server.realmUrl()).getPath()
                            + "/account/account-security/two-step-verification";
            chromium.waitFor(d -> menuLinks(d).contains(entry) ? true : null);
            clickMenuEntry(chromium, entry);

            chromium.waitFor(d -> "Two-step verification".equals(heading(d)) ? true : null);
            assertThat(URI.create(chromium.driver().getCurrentUrl()).getPath()).isEqualTo(entry);
            chromium.element("mfa-method-otp");
        }
    }

    /** The hrefs of the console's menu, as written in the page (paths). */
    private static List<String> menuLinks(WebDriver driver) {
        return driver.findElements(By.cssSelector("nav a.pf-v5-c-nav__link")).stream()
                .map(a -> String.valueOf(a.getDomAttribute("href")))
                .toList();
    }

    /** Opens a collapsed group when the entry is inside one, then clicks the entry. */
    private static void clickMenuEntry(Chromium chromium, String href) {
        WebElement link =
                chromium.waitFor(d -> d.findElement(By.cssSelector("nav a[href='" + href + "']")));
        if (!link.isDisplayed()) {
            chromium.driver()
                    .findElements(By.cssSelector("nav button[aria-expanded='false']"))
                    .forEach(WebElement::click);
            chromium.waitFor(d -> link.isDisplayed() ? true : null);
        }
        link.click();
    }

    private static String heading(WebDriver driver) {
        return driver.findElements(By.tagName("h1")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse(null);
    }
}
