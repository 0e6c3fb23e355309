package org.mfaportal.it.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;

/** Keycloak's own pages from the npm library work on this server version, in Chromium, inside the mfa-portal theme. */
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

            // The menu (the theme's content.json) holds the page, inside the collapsed "Account security" group.
            chromium.waitFor(d -> d.findElements(By.cssSelector("nav a[href$='account-security/two-step-verification']")).isEmpty() ? null : true);
            // The library's own "Signing in" page, talking to this server's account REST API, lists the app.
            chromium.waitFor(d -> d.getPageSource().contains("test authenticator") ? true : null);
            chromium.screenshot("account-console-signing-in");
        }
    }

}
