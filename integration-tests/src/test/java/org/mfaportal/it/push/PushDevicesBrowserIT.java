package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: the two-step verification page lists the user's phones, and renames and removes one.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PushDevicesBrowserIT {

    private static final String REALM = KeycloakServer.REALM;

    @Test
    void theUserRenamesThenRemovesTheirPhone(KeycloakServer server) {
        PushUsers.Enrolled ann = PushUsers.enrolled(server, new DemoApp(server));
        String serial = ann.device().serial();
        try (Chromium chromium = new Chromium()) {
            chromium.onFailureKeep("push-devices-page");
            chromium.open(server.realmUrl() + "/account/account-security/two-step-verification");
            chromium.signIn(ann.user());
            String number =
                    chromium.waitFor(
                                    d ->
                                            d.findElements(By.id("mfa-push-number")).stream()
                                                    .findFirst()
                                                    .orElse(null))
                            .getAttribute("data-number");
            assertThat(Phone.answerTheOnlyRequest(ann.device(), number).accepted()).isTrue();

            WebElement device = chromium.element("mfa-device-" + serial);
            assertThat(device.getText()).contains("Phone of " + ann.user().username(), serial);
            device.findElement(By.cssSelector("[data-testid='mfa-device-rename']")).click();
            // Select all, then type: a React input sees the keystrokes (clear() would bypass it).
            chromium.element("mfa-device-name-input")
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), "Work phone");
            chromium.element("mfa-device-save").click();
            chromium.waitFor(
                    d ->
                            "Work phone".equals(chromium.element("mfa-device-name").getText())
                                    ? true
                                    : null);
            assertThat(pushLabels(server, ann.user().id())).containsExactly("Work phone");
            chromium.screenshot("two-step-verification-devices");

            chromium.element("mfa-device-remove").click();
            confirm(chromium);
            chromium.waitFor(d -> chromium.has("mfa-devices") ? null : true);
            assertThat(pushLabels(server, ann.user().id())).isEmpty();
        }
    }

    @Test
    void atTheDeviceLimitUpdateSaysSoBeforeAskingToSignInAgainAndLeadsToTheDevices(
            KeycloakServer server) {
        PushUsers.Enrolled bo = PushUsers.enrolled(server, new DemoApp(server));
        try (Chromium chromium = new Chromium()) {
            chromium.onFailureKeep("push-device-limit");
            chromium.open(server.realmUrl() + "/account/account-security/two-step-verification");
            chromium.signIn(bo.user());
            String number =
                    chromium.waitFor(
                                    d ->
                                            d.findElements(By.id("mfa-push-number")).stream()
                                                    .findFirst()
                                                    .orElse(null))
                            .getAttribute("data-number");
            assertThat(Phone.answerTheOnlyRequest(bo.device(), number).accepted()).isTrue();
            chromium.element("mfa-device-" + bo.device().serial());
            String page = chromium.driver().getCurrentUrl();

            chromium.element("mfa-method-mfa-push")
                    .findElement(By.cssSelector("[data-testid='mfa-set-up']"))
                    .click();

            assertThat(chromium.element("mfa-device-limit").getText())
                    .contains(
                            "You already have as many devices as allowed here (1). Remove a device before you add another.");
            assertThat(chromium.driver().getCurrentUrl())
                    .as("no sign-in again for a setup that could only refuse")
                    .isEqualTo(page);
            assertThat(bo.device().poll()).as("no push sent").isEmpty();
            chromium.element("mfa-device-limit-remove").click();
            chromium.element("mfa-device-remove").click();
            confirm(chromium);
            chromium.waitFor(d -> chromium.has("mfa-devices") ? null : true);
            assertThat(pushLabels(server, bo.user().id())).isEmpty();
        }
    }

    /** The confirmation of Keycloak's ContinueCancelModal (its button's id is the library's). */
    private static void confirm(Chromium chromium) {
        chromium.waitFor(d -> d.findElement(By.id("modal-confirm"))).click();
    }

    private static List<String> pushLabels(KeycloakServer server, String userId) {
        List<String> labels = new ArrayList<>();
        JsonNode credentials =
                server.admin()
                        .get("/admin/realms/" + REALM + "/users/" + userId + "/credentials")
                        .requireStatus(200)
                        .json();
        credentials.forEach(
                c -> {
                    if ("mfa-push".equals(c.path("type").asText())) {
                        labels.add(c.path("userLabel").asText());
                    }
                });
        return labels;
    }
}
