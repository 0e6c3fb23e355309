package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.AdminConsole;
import org.mfaportal.it.kit.AdminGroup;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Chromium;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What each portal role may do (issue 14.5): Keycloak decides which users an administrator sees
 * (view-users, or a fine-grained v2 permission on a group's members), the portal's roles decide
 * what may be done to their second factors. A helpdesk administrator limited to a group acts on its
 * members only, and never on the realm-wide settings; a plain view-users administrator sees but
 * changes nothing; an administrator with no role gets nothing.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PortalAdminRolesIT {

    private static final String PORTAL = "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal";

    private final KeycloakServer server;
    private final AdminClient admin;
    private AdminGroup staff;
    private TestUser member;
    private TestUser outsider;

    PortalAdminRolesIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    @BeforeEach
    void aGroupWithAMemberAndSomeoneOutsideIt() {
        member = TestUser.withPhoneCalls(server, TestUser.freshNumber(), null);
        outsider = TestUser.withPhoneCalls(server, TestUser.freshNumber(), null);
        staff = AdminGroup.create(server).add(member);
    }

    @AfterEach
    void removeTheGroup() {
        staff.close();
    }

    @Test
    void theHelpdeskActsOnItsGroupsMembersOnlyAndNeverOnTheRealm() {
        AdminClient desk = as(helpdeskOfTheGroup(TestUser.withoutSecondFactor(server)));

        JsonNode me = desk.get(PORTAL + "/me").requireStatus(200).json();
        assertThat(texts(me.path("roles")))
                .containsExactlyInAnyOrder(
                        "view-second-factors", "manage-second-factors", "view-fraud");
        assertThat(me.path("queryUsers").asBoolean()).isTrue();
        assertThat(me.path("viewSettings").asBoolean()).isFalse();
        assertThat(me.path("manageTokens").asBoolean()).isFalse();

        assertThat(startBypass(desk, member.id())).isEqualTo(201);
        assertThat(unlockCalls(desk, member.id())).isEqualTo(204);
        assertThat(startBypass(desk, outsider.id())).isEqualTo(403);
        assertThat(unlockCalls(desk, outsider.id())).isEqualTo(403);
        assertThat(startBypass(desk, UUID.randomUUID().toString())).isEqualTo(404);
        assertThat(unlockCalls(desk, UUID.randomUUID().toString())).isEqualTo(404);

        assertRealmWideRefused(desk);
        assertThat(desk.get(PORTAL + "/questions").status()).isEqualTo(403);
        // Keycloak's own user resource agrees: the member is visible, the outsider is not.
        assertThat(desk.get(users() + "/" + member.id()).status()).isEqualTo(200);
        assertThat(desk.get(users() + "/" + outsider.id()).status()).isEqualTo(403);
    }

    @Test
    void theHelpdeskCannotChangeTheSecondStepOfAnAdministratorInItsGroup() {
        TestUser colleague = TestUser.withPhoneCalls(server, TestUser.freshNumber(), null);
        AdminRoles.grant(server, colleague, AdminRoles.REALM_MANAGEMENT, "view-users");
        staff.add(colleague);
        AdminClient desk = as(helpdeskOfTheGroup(TestUser.withoutSecondFactor(server)));

        // Seen, like any member, but not changed: the helpdesk would point their calls at its own
        // phone.
        assertThat(desk.get(PORTAL + "/users/" + colleague.id()).status()).isEqualTo(200);
        assertThat(
                        desk.put(
                                        PORTAL + "/users/" + colleague.id() + "/voice",
                                        Map.of("number", TestUser.freshNumber()))
                                .status())
                .isEqualTo(403);
        assertThat(startBypass(desk, colleague.id())).isEqualTo(403);
        // Keycloak's own right to manage the user still counts.
        TestUser manager = TestUser.withoutSecondFactor(server);
        AdminRoles.grant(
                server, manager, AdminRoles.REALM_MANAGEMENT, "view-users", "manage-users");
        assertThat(startBypass(as(manager), colleague.id())).isEqualTo(201);
    }

    @Test
    void thePortalAdministratorDoesEverythingOnTheUsersItSees() {
        TestUser portalAdmin = TestUser.withoutSecondFactor(server);
        AdminRoles.grant(server, portalAdmin, AdminRoles.PORTAL, "mfa-portal-admin");
        AdminRoles.grant(
                server, portalAdmin, AdminRoles.REALM_MANAGEMENT, "view-users", "query-users");
        AdminClient all = as(portalAdmin);

        JsonNode me = all.get(PORTAL + "/me").requireStatus(200).json();
        assertThat(texts(me.path("roles")))
                .containsExactlyInAnyOrder(
                        "view-second-factors",
                        "reveal-numbers",
                        "manage-second-factors",
                        "manage-tokens",
                        "view-fraud",
                        "manage-portal-settings");
        assertThat(startBypass(all, member.id())).isEqualTo(201);
        assertThat(startBypass(all, outsider.id())).isEqualTo(201);
        assertThat(unlockCalls(all, outsider.id())).isEqualTo(204);
        assertThat(startBypass(all, UUID.randomUUID().toString())).isEqualTo(404);

        JsonNode settings = all.get(PORTAL + "/settings").requireStatus(200).json();
        try (PortalSettingsScope kept = server.keepPortalSettings()) {
            // Writing a value back as it is: allowed, and nothing changes.
            assertThat(
                            all.put(
                                            PORTAL + "/settings",
                                            Map.of(
                                                    "bypassDefaultSeconds",
                                                    settings.path("bypassDefaultSeconds").asInt()))
                                    .status())
                    .isEqualTo(200);
        }
        assertThat(all.get(PORTAL + "/questions").status()).isEqualTo(200);
        assertThat(all.get(PORTAL + "/oath/tokens").status()).isEqualTo(200);
    }

    @Test
    void aPlainViewUsersAdministratorSeesButChangesNothing() {
        TestUser viewer = TestUser.withoutSecondFactor(server);
        AdminRoles.grant(server, viewer, AdminRoles.REALM_MANAGEMENT, "view-users");
        AdminClient view = as(viewer);

        JsonNode me = view.get(PORTAL + "/me").requireStatus(200).json();
        assertThat(texts(me.path("roles"))).isEmpty();
        assertThat(startBypass(view, member.id())).isEqualTo(403);
        assertThat(unlockCalls(view, member.id())).isEqualTo(403);
        assertThat(startBypass(view, UUID.randomUUID().toString())).isEqualTo(404);
        assertRealmWideRefused(view);
        // The question catalog belongs to user administration too: view-users reads it.
        assertThat(view.get(PORTAL + "/questions").status()).isEqualTo(200);
        assertThat(view.put(PORTAL + "/questions", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void anAdministratorWithNoRoleGetsNothing() {
        AdminClient nobody = as(TestUser.withoutSecondFactor(server));

        JsonNode me = nobody.get(PORTAL + "/me").requireStatus(200).json();
        assertThat(texts(me.path("roles"))).isEmpty();
        assertThat(me.path("queryUsers").asBoolean()).isFalse();
        assertThat(startBypass(nobody, member.id())).isEqualTo(403);
        assertThat(unlockCalls(nobody, member.id())).isEqualTo(403);
        // Without query-users even an unknown id answers 403, as Keycloak's user resource does.
        assertThat(startBypass(nobody, UUID.randomUUID().toString())).isEqualTo(403);
        assertRealmWideRefused(nobody);
        assertThat(nobody.get(PORTAL + "/questions").status()).isEqualTo(403);
    }

    @Test
    void theHelpdesksConsoleHasNoPortalSettingsAndListsOnlyItsGroup() {
        TestUser helpdesk = helpdeskOfTheGroup(TestUser.withTotp(server));
        try (Chromium chromium = new Chromium()) {
            chromium.open(server.base() + "/admin/" + KeycloakServer.REALM + "/console/");
            chromium.signIn(helpdesk);
            chromium.onFailureKeep("admin-console-helpdesk-users");

            chromium.element("nav-item-users").click();
            assertThat(chromium.has("nav-item-mfa-portal-settings")).isFalse();
            AdminConsole.search(chromium, "user-");
            chromium.waitFor(
                    d ->
                            d.findElements(By.linkText(member.username())).stream()
                                    .findFirst()
                                    .orElse(null));
            // Keycloak filters the list by the fine-grained permission: only the group's members.
            List<String> listed =
                    chromium.driver().findElements(By.cssSelector("table a")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertThat(listed).contains(member.username()).doesNotContain(outsider.username());
            chromium.screenshot("admin-console-helpdesk-users");

            chromium.driver().findElement(By.linkText(member.username())).click();
            chromium.element("mfa-user-second-factors-tab");
        }
    }

    /** query-users, mfa-portal-helpdesk, and the fine-grained permission to view the members. */
    private TestUser helpdeskOfTheGroup(TestUser helpdesk) {
        AdminRoles.grant(server, helpdesk, AdminRoles.REALM_MANAGEMENT, "query-users");
        AdminRoles.grant(server, helpdesk, AdminRoles.PORTAL, "mfa-portal-helpdesk");
        staff.letViewMembers(helpdesk);
        return helpdesk;
    }

    private void assertRealmWideRefused(AdminClient caller) {
        assertThat(caller.get(PORTAL + "/settings").status()).isEqualTo(403);
        assertThat(caller.put(PORTAL + "/settings", Map.of("bypassDefaultSeconds", 300)).status())
                .isEqualTo(403);
        assertThat(caller.put(PORTAL + "/questions", Map.of()).status()).isEqualTo(403);
        assertThat(caller.get(PORTAL + "/oath/tokens").status()).isEqualTo(403);
    }

    private static int startBypass(AdminClient caller, String userId) {
        return caller.post(PORTAL + "/users/" + userId + "/bypass", Map.of()).status();
    }

    private static int unlockCalls(AdminClient caller, String userId) {
        return caller.post(PORTAL + "/users/" + userId + "/voice/unlock", null).status();
    }

    /**
     * Through the tests' password-grant client: REST callers have no second factor, since
     * Keycloak's direct grant flow would ask a TOTP user for a code.
     */
    private AdminClient as(TestUser user) {
        return admin.as(KeycloakServer.REALM, user.username(), user.password());
    }

    private static String users() {
        return "/admin/realms/" + KeycloakServer.REALM + "/users";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
