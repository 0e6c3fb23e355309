package org.mfaportal.it.kit;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** How an administrator moves through the admin console in the browser stories: by its menus. */
public final class AdminConsole {

    private AdminConsole() {}

    /** Users menu, the search field, then the user's link: Keycloak's own user page. */
    public static void openUser(Chromium chromium, TestUser user) {
        chromium.element("nav-item-users").click();
        search(chromium, user.username());
        chromium.waitFor(
                        d ->
                                d.findElements(By.linkText(user.username())).stream()
                                        .findFirst()
                                        .orElse(null))
                .click();
    }

    /** Then the portal's "Second factors" tab at the end of Keycloak's user tabs. */
    public static void openSecondFactors(Chromium chromium, TestUser user) {
        openUser(chromium, user);
        chromium.element("mfa-user-second-factors-tab");
        chromium.waitFor(d -> clickTab(d, "mfa-user-second-factors-tab"));
        chromium.waitFor(
                d -> d.getCurrentUrl().endsWith("/mfa-portal/users/" + user.id()) ? true : null);
    }

    /**
     * Clicks the tab; while the tab bar is wider than the window (Keycloak 26.7's user page has
     * more tabs than 26.5's) and the tab hides beyond its edge, presses the bar's "scroll forward"
     * button first, as a user would (null: not clicked yet).
     */
    private static Boolean clickTab(WebDriver driver, String testId) {
        try {
            driver.findElement(By.cssSelector("[data-testid='" + testId + "'] a")).click();
            return true;
        } catch (ElementClickInterceptedException hidden) {
            scrollTabsForward(driver);
            return null;
        } catch (StaleElementReferenceException rerendered) {
            return null;
        }
    }

    /** Types into the Users list's search field (an input, or a box holding one) and submits. */
    public static void search(Chromium chromium, String text) {
        WebElement search = chromium.element("table-search-input");
        WebElement input =
                "input".equals(search.getTagName())
                        ? search
                        : search.findElement(By.tagName("input"));
        input.sendKeys(text, Keys.ENTER);
    }

    /**
     * Presses the page's tab bar's "scroll forward" button, if the bar is wider than the window.
     */
    public static void scrollTabsForward(WebDriver driver) {
        driver.findElements(By.cssSelector("main .pf-v5-c-tabs")).stream()
                .findFirst()
                .flatMap(
                        tabs ->
                                tabs
                                        .findElements(
                                                By.xpath(
                                                        "./button[contains(@class,'pf-v5-c-tabs__scroll-button')]"))
                                        .stream()
                                        .reduce((back, forward) -> forward))
                .ifPresent(WebElement::click);
    }
}
