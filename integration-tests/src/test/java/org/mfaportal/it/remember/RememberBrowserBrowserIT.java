package org.mfaportal.it.remember;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.settings.PortalSetting;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: the user ticks "Don't ask again on this browser" on the real code page, finds the
 * browser on the account page (through the console's menu) and forgets it.
 */
@ExtendWith(KeycloakServer.Extension.class)
class RememberBrowserBrowserIT {

    @Test
    void theUserTicksTheBoxThenForgetsTheBrowserOnTheAccountPage(KeycloakServer server) {
        TestUser kim = TestUser.withTotp(server);
        try (PortalSettingsScope settings =
                        server.portalSettings(
                                Map.of(PortalSetting.REMEMBER_BROWSER_DAYS.key(), 14));
                Chromium chromium = new Chromium()) {
            chromium.onFailureKeep("remember-browser");
            chromium.open(server.realmUrl() + "/account");
            chromium.waitFor(d -> d.findElements(By.id("username")).isEmpty() ? null : true);
            chromium.driver().findElement(By.id("username")).sendKeys(kim.username());
            chromium.driver().findElement(By.id("password")).sendKeys(kim.password());
            chromium.driver().findElement(By.id("kc-login")).click();
            WebElement box =
                    chromium.waitFor(
                            d ->
                                    d.findElements(By.id("mfaRememberBrowser")).stream()
                                            .findFirst()
                                            .orElse(null));
            assertThat(
                            chromium.driver()
                                    .findElement(By.cssSelector("label[for='mfaRememberBrowser']"))
                                    .getText())
                    .isEqualTo("Don't ask again on this browser for 14 days");
            chromium.driver().findElement(By.id("otp")).sendKeys(kim.currentCode());
            box.click();
            chromium.driver().findElement(By.id("kc-login")).click();

            String entry =
                    URI.create(server.realmUrl()).getPath()
                            + "/account/account-security/two-step-verification";
            WebElement link =
                    chromium.waitFor(
                            d -> d.findElement(By.cssSelector("nav a[href='" + entry + "']")));
            if (!link.isDisplayed()) {
                chromium.driver()
                        .findElements(By.cssSelector("nav button[aria-expanded='false']"))
                        .forEach(WebElement::click);
                chromium.waitFor(d -> link.isDisplayed() ? true : null);
            }
            link.click();

            WebElement remembered = chromium.element("mfa-browser");
            assertThat(chromium.element("mfa-browser-name").getText()).isEqualTo("Chrome on Linux");
            assertThat(remembered.getText()).contains("Remembered", "last used");
            chromium.screenshot("two-step-verification-remembered-browsers");

            chromium.element("mfa-browser-forget").click();
            chromium.waitFor(d -> d.findElement(By.id("modal-confirm"))).click();
            chromium.waitFor(d -> chromium.has("mfa-browser") ? null : true);
            assertThat(server.admin().credentialTypes(KeycloakServer.REALM, kim.id()))
                    .doesNotContain("mfa-remembered-browser");
        }
    }
}
