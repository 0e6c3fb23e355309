package org.mfaportal.it.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A helpdesk administrator opens "Fraud and lockouts" from the console's menu, finds a user's 0#
 * report by user and day, and unlocks the user's phone calls from the locked users.
 */
@ExtendWith(KeycloakServer.Extension.class)
class FraudConsoleBrowserIT {

    private static final String PORTAL = "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/";

    private final KeycloakServer server;

    FraudConsoleBrowserIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void aHelpdeskAdminFindsAReportAndUnlocksTheUsersCalls() {
        String number = TestUser.freshNumber();
        TestUser victim = TestUser.withPhoneCalls(server, number, null);
        FraudCalls.reportFraudOnACall(server, victim, number);
        LocalDate day = dayOfTheReport(victim);

        TestUser helpdesk = TestUser.withTotp(server);
        AdminRoles.grant(server, helpdesk, AdminRoles.PORTAL, "mfa-portal-helpdesk");
        AdminRoles.grant(server, helpdesk, AdminRoles.REALM_MANAGEMENT, "view-users");
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(helpdesk);
            chromium.onFailureKeep("admin-fraud");

            chromium.element("nav-item-mfa-portal-fraud").click();
            chromium.waitFor(d -> d.getCurrentUrl().endsWith("/mfa-portal/fraud") ? true : null);

            // The user's reports on the day of the call: this one.
            type(chromium.element("mfa-fraud-user"), victim.username());
            type(chromium.element("mfa-fraud-from"), day.toString());
            type(chromium.element("mfa-fraud-to"), day.toString());
            chromium.element("mfa-fraud-search").click();
            List<WebElement> rows = reportRows(chromium, 1);
            assertThat(rows.get(0).getAttribute("data-username")).isEqualTo(victim.username());
            assertThat(rows.get(0).getText()).contains("0# on a phone call");

            // The locked users: calls locked, with the button to unlock them.
            WebElement locked = lockedRow(chromium, victim);
            assertThat(locked.getText()).contains("Phone calls locked");
            chromium.screenshot("admin-fraud");

            locked.findElement(By.cssSelector("[data-testid='mfa-unlock-calls']")).click();
            chromium.waitFor(
                    d -> d.findElements(lockedRowSelector(victim)).isEmpty() ? true : null);

            // The next day holds no report of this user.
            type(chromium.element("mfa-fraud-from"), day.plusDays(1).toString());
            type(chromium.element("mfa-fraud-to"), "");
            chromium.element("mfa-fraud-search").click();
            chromium.element("mfa-fraud-none");
        }
        assertThat(
                        StreamSupport.stream(
                                        server.admin()
                                                .get(PORTAL + "lockouts")
                                                .requireStatus(200)
                                                .json()
                                                .spliterator(),
                                        false)
                                .map(u -> u.path("id").asText()))
                .doesNotContain(victim.id());
    }

    private LocalDate dayOfTheReport(TestUser user) {
        JsonNode report =
                server.admin()
                        .get(PORTAL + "fraud?user=" + user.username())
                        .requireStatus(200)
                        .json()
                        .path("reports")
                        .get(0);
        return Instant.ofEpochMilli(report.path("time").asLong())
                .atOffset(ZoneOffset.UTC)
                .toLocalDate();
    }

    private static void type(WebElement field, String text) {
        WebElement input =
                "input".equals(field.getTagName()) ? field : field.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    private static List<WebElement> reportRows(Chromium chromium, int count) {
        return chromium.waitFor(
                d -> {
                    List<WebElement> rows =
                            d.findElements(By.cssSelector("[data-testid='mfa-fraud-report']"));
                    return rows.size() == count ? rows : null;
                });
    }

    private static By lockedRowSelector(TestUser user) {
        return By.cssSelector(
                "[data-testid='mfa-locked-user'][data-username='" + user.username() + "']");
    }

    private static WebElement lockedRow(Chromium chromium, TestUser user) {
        return chromium.waitFor(
                d -> d.findElements(lockedRowSelector(user)).stream().findFirst().orElse(null));
    }
}
