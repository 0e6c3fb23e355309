package org.mfaportal.it.kit;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
        chromium.element("mfa-user-second-factors-tab").findElement(By.tagName("a")).click();
        chromium.waitFor(
                d -> d.getCurrentUrl().endsWith("/mfa-portal/users/" + user.id()) ? true : null);
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
}
