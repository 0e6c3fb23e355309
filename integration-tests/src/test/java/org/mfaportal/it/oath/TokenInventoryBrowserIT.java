package org.mfaportal.it.oath;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A token administrator's day in the admin console's "OATH tokens" screen: imports a vendor's PSKC
 * file with its pre-shared key and a CSV file, sees a bad file refused at its line with nothing
 * imported, finds tokens by serial, gives one to a new colleague (who then signs in with it) and
 * removes another.
 */
@ExtendWith(KeycloakServer.Extension.class)
class TokenInventoryBrowserIT {

    private static final String TOKENS =
            "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/oath/tokens";
    private static final String RFC6030_PRE_SHARED_KEY = "12345678901234567890123456789012";
    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String OUTSIDE = "203.0.113.78";

    private final KeycloakServer server;
    private final AdminClient admin;

    TokenInventoryBrowserIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    @Test
    void anAdminImportsFindsAssignsAndRemovesTokensFromTheConsole() throws IOException {
        TestUser tokenAdmin = TestUser.withTotp(server);
        AdminRoles.grant(server, tokenAdmin, AdminRoles.PORTAL, "manage-tokens");
        AdminRoles.grant(server, tokenAdmin, AdminRoles.PORTAL, "manage-second-factors");
        AdminRoles.grant(
                server, tokenAdmin, AdminRoles.REALM_MANAGEMENT, "query-users", "view-users");
        TestUser newcomer = TestUser.withTotp(server);

        // This story's own serials, all starting with one batch name.
        String batch = "UI-" + UUID.randomUUID().toString().substring(0, 8);
        String pskcSerial = batch + "-P1";
        HardwareToken given = new HardwareToken();
        HardwareToken removed = new HardwareToken();
        HardwareToken neverImported = new HardwareToken();
        String givenSerial = batch + "-C1";
        String removedSerial = batch + "-C2";
        Path files = Files.createTempDirectory("mfa-it-tokens");
        Path pskc =
                write(
                        files,
                        "vendor.xml",
                        resource("rfc6030-pre-shared-key.xml").replace("987654321", pskcSerial));
        Path csv =
                write(
                        files,
                        "vendor.csv",
                        "serial,secret,type,digits,counter\n"
                                + givenSerial
                                + ","
                                + given.hex()
                                + ",hotp,6,0\n"
                                + removedSerial
                                + ","
                                + removed.hex()
                                + ",totp\n");
        Path badCsv =
                write(
                        files,
                        "broken.csv",
                        "serial,secret,type\n"
                                + batch
                                + "-X1,"
                                + neverImported.hex()
                                + ",totp\n"
                                + batch
                                + "-X2,"
                                + neverImported.hex()
                                + ",sometimes\n");

        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(tokenAdmin);
            chromium.onFailureKeep("admin-tokens");
            chromium.element("nav-item-mfa-portal-tokens").click();

            // A PSKC file (RFC 6030's pre-shared key example) with its key.
            chooseFile(chromium, pskc);
            assertThat(chromium.element("mfa-token-format-pskc").isSelected()).isTrue();
            chromium.element("mfa-token-psk").sendKeys(RFC6030_PRE_SHARED_KEY);
            importAndExpect(chromium, "mfa-token-imported");
            assertThat(inventory(batch)).containsExactly(pskcSerial);

            // A CSV file.
            chooseFile(chromium, csv);
            assertThat(chromium.element("mfa-token-format-csv").isSelected()).isTrue();
            importAndExpect(chromium, "mfa-token-imported");
            assertThat(inventory(batch)).containsExactly(givenSerial, removedSerial, pskcSerial);

            // A file with one bad line: refused at that line, and its good line is not imported.
            chooseFile(chromium, badCsv);
            WebElement refusal = importAndExpect(chromium, "mfa-token-import-error");
            assertThat(chromium.element("mfa-token-import-problem").getText())
                    .startsWith("Line 3:")
                    .contains("type must be hotp or totp", "(serial " + batch + "-X2)");
            assertThat(refusal.getText()).contains("nothing was imported");
            assertThat(inventory(batch)).containsExactly(givenSerial, removedSerial, pskcSerial);

            // Search by serial, in any case.
            WebElement search = input(chromium.element("mfa-token-search"));
            search.sendKeys(batch.toLowerCase() + "-c", Keys.ENTER);
            chromium.waitFor(
                    d ->
                            rowsShown(chromium).equals(List.of(givenSerial, removedSerial))
                                    ? true
                                    : null);
            chromium.screenshot("admin-tokens");

            // Give the HOTP token to a new colleague, found with Keycloak's user search.
            chromium.element("mfa-token-assign-" + givenSerial).click();
            input(chromium.element("mfa-token-user-search"))
                    .sendKeys(newcomer.username(), Keys.ENTER);
            chromium.element("mfa-token-user-" + newcomer.username()).click();
            chromium.element("mfa-token-assign-confirm").click();
            assertThat(chromium.element("mfa-token-message-success").getText())
                    .contains(givenSerial, newcomer.username());
            chromium.waitFor(d -> rowsShown(chromium).equals(List.of(removedSerial)) ? true : null);
            assertThat(inventory(batch)).containsExactly(removedSerial, pskcSerial);

            // Remove the other one, after confirming.
            chromium.element("mfa-token-select-" + removedSerial)
                    .findElement(By.tagName("input"))
                    .click();
            chromium.element("mfa-token-remove").click();
            chromium.element("mfa-token-remove-confirm").click();
            chromium.waitFor(d -> chromium.has("mfa-token-none") ? true : null);
            assertThat(inventory(batch)).containsExactly(pskcSerial);
        }

        // The colleague signs in with the token's first code.
        assertThat(DemoApp.isSignedIn(signInWithToken(newcomer, givenSerial, given.hotpCode(0))))
                .isTrue();
        // Import, assignment and removal are admin events of the token administrator.
        JsonNode events =
                admin.get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/admin-events?authUser="
                                        + tokenAdmin.id()
                                        + "&max=20")
                        .requireStatus(200)
                        .json();
        assertThat(events.findValuesAsText("operationType")).contains("CREATE", "UPDATE", "DELETE");
        assertThat(events.findValuesAsText("resourcePath"))
                .anyMatch(path -> path.endsWith(givenSerial + "/assignment"));
        admin.post(TOKENS + "/removal", java.util.Map.of("serials", List.of(pskcSerial)))
                .requireStatus(200);
    }

    // ---- helpers ----

    /** Picks a file in the screen's file field (the browser reads it; the test types no text). */
    private static void chooseFile(Chromium chromium, Path file) {
        chromium.element("mfa-token-import-form")
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        chromium.waitFor(d -> chromium.element("mfa-token-import").isEnabled() ? true : null);
    }

    private static WebElement importAndExpect(Chromium chromium, String outcome) {
        chromium.element("mfa-token-import").click();
        return chromium.element(outcome);
    }

    /** A search box's input, whether the test id sits on it or on its wrapper. */
    private static WebElement input(WebElement element) {
        return "input".equals(element.getTagName())
                ? element
                : element.findElement(By.tagName("input"));
    }

    private static List<String> rowsShown(Chromium chromium) {
        return chromium
                .driver()
                .findElements(By.cssSelector("[data-testid^='mfa-token-row-']"))
                .stream()
                .map(row -> row.getAttribute("data-testid").substring("mfa-token-row-".length()))
                .toList();
    }

    /** This story's waiting tokens, as the REST lists them (by serial). */
    private List<String> inventory(String batch) {
        List<String> serials = new ArrayList<>();
        admin.get(TOKENS + "?max=100&search=" + batch)
                .requireStatus(200)
                .json()
                .forEach(token -> serials.add(token.get("serial").asText()));
        return serials;
    }

    private Page signInWithToken(TestUser user, String serial, String code) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page otp =
                    new DemoApp(server)
                            .signInWithPassword(browser, user.username(), user.password());
            return otp.form(OTP_FORM)
                    .fill("selectedCredentialId", credentialId(user, serial))
                    .fill("otp", code)
                    .submit();
        }
    }

    private String credentialId(TestUser user, String serial) {
        for (JsonNode credential :
                admin.get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/users/"
                                        + user.id()
                                        + "/credentials")
                        .requireStatus(200)
                        .json()) {
            if (serial.equals(credential.path("userLabel").asText())) {
                return credential.get("id").asText();
            }
        }
        throw new AssertionError(user.username() + " has no token " + serial);
    }

    private static Path write(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TokenInventoryBrowserIT.class.getResourceAsStream("/oath/" + name)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
