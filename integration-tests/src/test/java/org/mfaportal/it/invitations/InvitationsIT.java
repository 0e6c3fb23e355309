package org.mfaportal.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.AdminConsole;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.MailServer;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.RealmAttributesScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.Totp;
import org.mfaportal.settings.PortalSetting;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Enrollment invitations (issue 14.6), with a real SMTP server: an administrator invites a user or
 * a group's members; the email's link leads to the setup choice; the realm may invite the users its
 * administrators create.
 */
@ExtendWith(KeycloakServer.Extension.class)
class InvitationsIT {

    private static final String REALM_PATH = "/admin/realms/" + KeycloakServer.REALM;
    private static final String PORTAL_PATH = REALM_PATH + "/mfa-portal";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private final KeycloakServer server;
    private MailServer mail;
    private PortalSettingsScope settings;

    InvitationsIT(KeycloakServer server) {
        this.server = server;
    }

    @BeforeEach
    void pointTheRealmAtAMailServer() {
        settings = server.keepPortalSettings();
        mail = new MailServer(server);
    }

    @AfterEach
    void restoreTheRealm() {
        mail.close();
        settings.close();
    }

    @Test
    void anInvitedUserFollowsTheLinkSetsUpAMethodAndEndsInTheAccountConsole() {
        TestUser helpdesk = TestUser.withTotp(server);
        AdminRoles.grant(
                server, helpdesk, AdminRoles.REALM_MANAGEMENT, "query-users", "view-users");
        AdminRoles.grant(server, helpdesk, AdminRoles.PORTAL, "mfa-portal-helpdesk");
        TestUser invited = TestUser.withoutSecondFactor(server);

        try (Chromium console = new Chromium()) {
            console.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            console.signIn(helpdesk);
            console.onFailureKeep("admin-console-invite");
            AdminConsole.openSecondFactors(console, invited);
            console.element("mfa-invite").click();
            console.waitFor(
                    d ->
                            "sent"
                                    .equals(
                                            console.element("mfa-invite-result")
                                                    .getAttribute("data-result")));
            assertThat(console.element("mfa-invite-result").getText()).contains("Invitation sent");
            console.screenshot("admin-console-invite");
        }

        MimeMessage email = mail.messageTo(emailOf(invited), MAIL_WAIT).orElseThrow();
        assertThat(MailServer.text(email))
                .as("our email theme names the action")
                .contains("Set up two-step verification");
        String link = MailServer.actionLink(email);

        try (Chromium browser = new Chromium()) {
            browser.onFailureKeep("invitation-link");
            browser.open(link);
            // A browser without a sign-in in progress first confirms the actions (Keycloak's page).
            browser.waitFor(
                    d ->
                            !d.findElements(By.id("mfa-setup-choice-form")).isEmpty()
                                    || !d.findElements(By.partialLinkText("proceed")).isEmpty());
            if (browser.driver().findElements(By.id("mfa-setup-choice-form")).isEmpty()) {
                assertThat(browser.driver().getPageSource())
                        .as("Keycloak's confirmation names the portal's action")
                        .contains("Set up two-step verification");
                browser.driver().findElement(By.partialLinkText("proceed")).click();
            }
            browser.waitFor(
                    d -> d.findElements(By.id("mfa-setup-choice-form")).isEmpty() ? null : true);
            browser.screenshot("invitation-setup-choice");
            browser.driver().findElement(By.id("mfa-method-CONFIGURE_TOTP")).click();
            browser.driver().findElement(By.id("mfa-choose")).click();

            String secret =
                    browser.waitFor(
                            d ->
                                    d.findElements(By.id("totpSecret")).stream()
                                            .findFirst()
                                            .map(e -> e.getAttribute("value"))
                                            .orElse(null));
            browser.driver()
                    .findElement(By.id("totp"))
                    .sendKeys(Totp.code(secret, Instant.now().getEpochSecond()));
            browser.driver().findElement(By.id("totp")).submit();

            // Keycloak ends the emailed actions on its own "account updated" page (no sign-in),
            // with a link back to the account console's two-step page.
            WebElement back =
                    browser.waitFor(
                            d ->
                                    d
                                            .findElements(By.partialLinkText("Back to Application"))
                                            .stream()
                                            .findFirst()
                                            .orElse(null));
            assertThat(browser.driver().getPageSource()).contains("Your account has been updated");
            assertThat(back.getAttribute("href"))
                    .endsWith(
                            "/realms/"
                                    + KeycloakServer.REALM
                                    + "/account/account-security/two-step-verification");
            back.click();

            // The setup's code was used once and Keycloak refuses it again: sign in with the
            // next period's, which Keycloak's look-around window accepts.
            browser.signIn(
                    new TestUser(invited.id(), invited.username(), invited.password(), null));
            browser.waitFor(d -> d.findElements(By.id("otp")).isEmpty() ? null : true);
            browser.driver()
                    .findElement(By.id("otp"))
                    .sendKeys(Totp.code(secret, Instant.now().getEpochSecond() + 30));
            browser.driver().findElement(By.id("kc-login")).click();
            browser.element("mfa-methods");
            assertThat(browser.driver().getCurrentUrl()).contains("two-step-verification");
            browser.screenshot("invitation-account-console");
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, invited.id()))
                .contains("otp");
    }

    @Test
    void aGroupInvitationAnswersForEachMember() {
        String group = createGroup();
        TestUser reachable = TestUser.withoutSecondFactor(server);
        String mailless = userWithoutEmail();
        TestUser disabled = TestUser.withoutSecondFactor(server);
        disable(disabled);
        for (String member : List.of(reachable.id(), mailless, disabled.id())) {
            server.admin()
                    .put(REALM_PATH + "/users/" + member + "/groups/" + group, null)
                    .requireStatus(204);
        }

        // Someone who may see the users but not manage their second factors invites nobody.
        TestUser viewer = TestUser.withoutSecondFactor(server);
        AdminRoles.grant(server, viewer, AdminRoles.REALM_MANAGEMENT, "view-users");
        AdminClient asViewer =
                server.admin().as(KeycloakServer.REALM, viewer.username(), viewer.password());
        JsonNode refused =
                asViewer.post(PORTAL_PATH + "/groups/" + group + "/invitations", null)
                        .requireStatus(200)
                        .json();
        assertThat(results(refused).values()).containsOnly("not_allowed").hasSize(3);
        assertThat(refused.path("sent").asInt()).isZero();

        JsonNode answer =
                server.admin()
                        .post(PORTAL_PATH + "/groups/" + group + "/invitations", null)
                        .requireStatus(200)
                        .json();
        assertThat(results(answer))
                .containsEntry(reachable.id(), "sent")
                .containsEntry(mailless, "no_email")
                .containsEntry(disabled.id(), "disabled");
        assertThat(answer.path("sent").asInt()).isEqualTo(1);
        assertThat(mail.messageTo(emailOf(reachable), MAIL_WAIT)).isPresent();

        List<JsonNode> events =
                server.admin()
                        .get(REALM_PATH + "/admin-events?operationTypes=ACTION&max=100")
                        .requireStatus(200)
                        .json()
                        .findParents("resourcePath");
        assertThat(events)
                .anySatisfy(
                        e ->
                                assertThat(e.path("resourcePath").asText())
                                        .contains("groups/" + group + "/invitations"));
    }

    @Test
    void anAdministratorInvitesAGroupFromTheConsoleMenuAndSeesEachMembersResult() {
        TestUser helpdesk = TestUser.withTotp(server);
        AdminRoles.grant(
                server,
                helpdesk,
                AdminRoles.REALM_MANAGEMENT,
                "query-users",
                "view-users",
                "query-groups");
        AdminRoles.grant(server, helpdesk, AdminRoles.PORTAL, "mfa-portal-helpdesk");
        String group = createGroup();
        TestUser reachable = TestUser.withoutSecondFactor(server);
        String mailless = userWithoutEmail();
        for (String member : List.of(reachable.id(), mailless)) {
            server.admin()
                    .put(REALM_PATH + "/users/" + member + "/groups/" + group, null)
                    .requireStatus(204);
        }
        String maillessName =
                server.admin()
                        .get(REALM_PATH + "/users/" + mailless)
                        .requireStatus(200)
                        .json()
                        .path("username")
                        .asText();

        try (Chromium console = new Chromium()) {
            console.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            console.signIn(helpdesk);
            console.onFailureKeep("admin-console-invitations");
            console.element("nav-item-mfa-portal-invitations").click();
            WebElement choice = console.element("mfa-invitations-group");
            console.waitFor(
                    d ->
                            choice.findElements(By.cssSelector("option[value='" + group + "']"))
                                            .isEmpty()
                                    ? null
                                    : true);
            new Select(choice).selectByValue(group);
            console.element("mfa-invitations-send").click();

            assertThat(
                            console.element("mfa-invitation-" + reachable.username())
                                    .getAttribute("data-result"))
                    .isEqualTo("sent");
            WebElement none = console.element("mfa-invitation-" + maillessName);
            assertThat(none.getAttribute("data-result")).isEqualTo("no_email");
            assertThat(none.getText()).contains("No email address");
            assertThat(console.element("mfa-invitations-count").getText()).contains("1");
            console.screenshot("admin-console-invitations");
        }
        assertThat(mail.messageTo(emailOf(reachable), MAIL_WAIT)).isPresent();
    }

    @Test
    void usersAnAdministratorCreatesAreInvitedOnlyWhenTheRealmSaysSo() {
        TestUser quiet = TestUser.withoutSecondFactor(server);

        try (PortalSettingsScope on =
                server.portalSettings(Map.of(PortalSetting.INVITATION_ON_IMPORT.key(), true))) {
            TestUser created = TestUser.withoutSecondFactor(server);
            MimeMessage invitation = mail.messageTo(emailOf(created), MAIL_WAIT).orElseThrow();
            assertThat(MailServer.actionLink(invitation)).contains("/realms/mfa-demo/");
        }

        // By now the invitation of the user created while on has arrived; the one created while
        // off (before it) got nothing.
        assertThat(mail.messageTo(emailOf(quiet), Duration.ZERO)).isEmpty();
    }

    @Test
    void aUserWithoutEmailIsRefusedAndTheLinkComesFromTheRealmsFrontendUrl() {
        String mailless = userWithoutEmail();
        JsonNode refusal =
                server.admin()
                        .post(PORTAL_PATH + "/users/" + mailless + "/invitation", null)
                        .requireStatus(400)
                        .json();
        assertThat(refusal.path("error").asText()).isEqualTo("no_email");

        TestUser invited = TestUser.withoutSecondFactor(server);
        String frontend = "http://localhost:" + server.base().getPort();
        try (RealmAttributesScope attributes = server.keepRealmAttributes()) {
            JsonNode realm = server.admin().get(REALM_PATH).requireStatus(200).json();
            Map<String, String> changed = new LinkedHashMap<>();
            realm.path("attributes")
                    .fields()
                    .forEachRemaining(f -> changed.put(f.getKey(), f.getValue().asText()));
            changed.put("frontendUrl", frontend);
            server.admin().put(REALM_PATH, Map.of("attributes", changed)).requireStatus(204);

            JsonNode sent =
                    server.admin()
                            .post(PORTAL_PATH + "/users/" + invited.id() + "/invitation", null)
                            .requireStatus(200)
                            .json();
            assertThat(sent.path("result").asText()).isEqualTo("sent");
        }
        String link =
                MailServer.actionLink(mail.messageTo(emailOf(invited), MAIL_WAIT).orElseThrow());
        assertThat(link)
                .as("built from the realm's frontend URL, not the request's %s", server.base())
                .startsWith(
                        frontend
                                + "/realms/"
                                + KeycloakServer.REALM
                                + "/login-actions/action-token?");

        List<JsonNode> events =
                server.admin()
                        .get(
                                REALM_PATH
                                        + "/admin-events?operationTypes=ACTION&resourceTypes=USER&max=100")
                        .requireStatus(200)
                        .json()
                        .findParents("resourcePath");
        assertThat(events)
                .anySatisfy(
                        e ->
                                assertThat(e.path("resourcePath").asText())
                                        .contains("users/" + invited.id() + "/invitation"));
    }

    @Test
    void aLinkOpenedAfterTheUserEnrolledChangesNoFactorEvenWithASetupLeftOver() {
        TestUser invited = TestUser.withoutSecondFactor(server);
        server.admin()
                .post(PORTAL_PATH + "/users/" + invited.id() + "/invitation", null)
                .requireStatus(200);
        String link =
                MailServer.actionLink(mail.messageTo(emailOf(invited), MAIL_WAIT).orElseThrow());

        // Before the link is used, the user gets a second factor (an admin sets their number),
        // and a setup they chose once at sign-in and left is still on their account.
        server.admin()
                .put(
                        PORTAL_PATH + "/users/" + invited.id() + "/phone",
                        Map.of("number", TestUser.freshNumber()))
                .requireStatus(204);
        server.admin()
                .put(
                        REALM_PATH + "/users/" + invited.id(),
                        Map.of("requiredActions", List.of("mfa-push-setup")))
                .requireStatus(204);
        List<String> before = server.admin().credentialTypes(KeycloakServer.REALM, invited.id());
        // A second invitation is refused now: the link could only add a factor without the
        // password.
        assertThat(
                        server.admin()
                                .post(PORTAL_PATH + "/users/" + invited.id() + "/invitation", null)
                                .requireStatus(409)
                                .json()
                                .path("error")
                                .asText())
                .isEqualTo("already_enrolled");

        try (Chromium browser = new Chromium()) {
            browser.onFailureKeep("invitation-link-after-enrollment");
            browser.open(link);
            browser.waitFor(
                    d ->
                            d.getPageSource().contains("cannot change the second factors")
                                    || !d.findElements(By.partialLinkText("proceed")).isEmpty());
            if (!browser.driver().getPageSource().contains("cannot change the second factors")) {
                browser.driver().findElement(By.partialLinkText("proceed")).click();
            }
            browser.waitFor(d -> d.getPageSource().contains("cannot change the second factors"));
            assertThat(browser.driver().findElements(By.id("mfa-push-setup-form")))
                    .as("no phone app activation offered to whoever holds the mailbox")
                    .isEmpty();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, invited.id()))
                .isEqualTo(before);
    }

    private static String emailOf(TestUser user) {
        return user.username() + "@example.org";
    }

    private static Map<String, String> results(JsonNode answer) {
        Map<String, String> byUser = new HashMap<>();
        answer.path("users")
                .forEach(u -> byUser.put(u.path("userId").asText(), u.path("result").asText()));
        return byUser;
    }

    private String createGroup() {
        String name = "invite-" + UUID.randomUUID().toString().substring(0, 8);
        server.admin().post(REALM_PATH + "/groups", Map.of("name", name)).requireStatus(201);
        return server.admin()
                .get(REALM_PATH + "/groups?exact=true&search=" + name)
                .requireStatus(200)
                .json()
                .get(0)
                .path("id")
                .asText();
    }

    /** The whole representation back, so nothing but "enabled" changes. */
    private void disable(TestUser user) {
        String path = REALM_PATH + "/users/" + user.id();
        JsonNode rep = server.admin().get(path).requireStatus(200).json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) rep).put("enabled", false);
        server.admin().put(path, rep).requireStatus(204);
    }

    private String userWithoutEmail() {
        String username = "nomail-" + UUID.randomUUID().toString().substring(0, 8);
        server.admin()
                .post(REALM_PATH + "/users", Map.of("username", username, "enabled", true))
                .requireStatus(201);
        return server.admin()
                .get(REALM_PATH + "/users?exact=true&username=" + username)
                .requireStatus(200)
                .json()
                .get(0)
                .path("id")
                .asText();
    }
}
