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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A portal administrator opens a user from Keycloak's Users menu, goes to the user's "Second
 * factors" tab, and looks after the user's methods there: reveals the numbers, changes the text
 * number (a wrong one is refused in the form), requires a PIN, starts and cancels a bypass, assigns
 * an imported token and resets text messages.
 */
@ExtendWith(KeycloakServer.Extension.class)
class UserSecondFactorsBrowserIT {

    private final KeycloakServer server;

    UserSecondFactorsBrowserIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void anAdminManagesAUsersSecondFactorsFromKeycloaksUserPage() {
        TestUser admin = TestUser.withTotp(server);
        AdminRoles.grant(server, admin, AdminRoles.REALM_MANAGEMENT, "query-users", "view-users");
        AdminRoles.grant(server, admin, AdminRoles.PORTAL, "mfa-portal-admin");
        String number = TestUser.freshNumber();
        TestUser ada = TestUser.withTextMessagesAndTotp(server, number);
        String serial = UserSecondFactorsIT.importToken(server.admin());
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(admin);
            chromium.onFailureKeep("admin-user-second-factors");
            AdminConsole.openSecondFactors(chromium, ada);

            // Masked, then revealed.
            WebElement shown = chromium.element("mfa-number-mfa-sms");
            assertThat(shown.getText()).isNotEqualTo(number).endsWith(number.substring(8));
            chromium.screenshot("admin-user-second-factors");
            chromium.element("mfa-reveal-numbers").click();
            chromium.waitFor(
                    d ->
                            number.equals(chromium.element("mfa-number-mfa-sms").getText())
                                    ? true
                                    : null);
            // Each method named with the portal's messages (Keycloak's Credentials tab prints
            // "Mfa-sms").
            assertThat(chromium.element("mfa-credential-otp").getText())
                    .contains("Authenticator app or OATH token");
            assertThat(chromium.element("mfa-credential-mfa-sms").getText())
                    .contains("Text message");

            // A number that is not one is refused in the form; a good one is saved.
            chromium.element("mfa-edit-mfa-sms").click();
            chromium.element("mfa-number-input").sendKeys("12");
            chromium.element("mfa-numbers-save").click();
            assertThat(chromium.element("mfa-number-error").getText()).isNotBlank();
            String changed = TestUser.freshNumber();
            WebElement input = chromium.element("mfa-number-input");
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, changed);
            chromium.element("mfa-numbers-save").click();
            chromium.waitFor(
                    d ->
                            d.findElements(By.cssSelector("[data-testid='mfa-number-input']"))
                                            .isEmpty()
                                    ? true
                                    : null);
            assertThat(
                            server.admin()
                                    .get(
                                            "/admin/realms/"
                                                    + KeycloakServer.REALM
                                                    + "/mfa-portal/users/"
                                                    + ada.id()
                                                    + "/numbers")
                                    .json()
                                    .path("textNumber")
                                    .asText())
                    .isEqualTo(changed);

            // Require a PIN.
            click(chromium, chromium.element("mfa-pin-required"));
            chromium.waitFor(d -> chromium.element("mfa-pin-required").isSelected() ? true : null);

            // Start and cancel a bypass.
            chromium.element("mfa-bypass-start").click();
            chromium.element("mfa-bypass-cancel");
            assertThat(chromium.element("mfa-bypass-state").getText()).isNotBlank();

            // Assign the imported token.
            new Select(chromium.element("mfa-assign-token")).selectByValue(serial);
            chromium.element("mfa-assign-token-button").click();
            chromium.element("mfa-otp-" + serial);
            chromium.screenshot("admin-user-second-factors-changed");

            chromium.element("mfa-bypass-cancel").click();
            chromium.element("mfa-bypass-start");

            // Reset text messages, after confirming.
            chromium.element("mfa-reset-mfa-sms").click();
            chromium.element("mfa-confirm-reset").click();
            chromium.waitFor(
                    d ->
                            d.findElements(By.cssSelector("[data-testid='mfa-reset-mfa-sms']"))
                                            .isEmpty()
                                    ? true
                                    : null);
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, ada.id()))
                .doesNotContain("mfa-sms");
    }

    /** A click the page's script receives even on PatternFly's visually hidden switch input. */
    private static void click(Chromium chromium, WebElement element) {
        ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].click()", element);
    }
}
