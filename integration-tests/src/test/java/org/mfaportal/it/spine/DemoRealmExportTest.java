package org.mfaportal.it.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfaportal.admin.access.PortalAdminClient;
import org.mfaportal.admin.access.PortalAdminRole;
import org.mfaportal.oath.OathAuthenticatorFactory;
import org.mfaportal.push.PushAuthenticatorFactory;
import org.mfaportal.push.enrollment.PushSetupRequiredActionFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.trustedip.TrustedNetworkConditionFactory;

/** The demo realm export names settings and providers through the code's own constants. */
class DemoRealmExportTest {

    private static final Path EXPORT = Path.of("../realm-export/mfa-demo-realm.json");

    private final JsonNode realm;

    DemoRealmExportTest() throws IOException {
        realm = new ObjectMapper().readTree(EXPORT.toFile());
    }

    @Test
    void everyPortalAttributeIsAKnownSettingWithAValidValue() {
        List<String> portalAttributes = new ArrayList<>();
        realm.path("attributes")
                .fieldNames()
                .forEachRemaining(
                        name -> {
                            if (name.startsWith(PortalSetting.ATTRIBUTE_PREFIX)) {
                                portalAttributes.add(name);
                            }
                        });

        assertThat(portalAttributes).isNotEmpty();
        for (String attribute : portalAttributes) {
            PortalSetting setting =
                    PortalSetting.byKey(
                            attribute.substring(PortalSetting.ATTRIBUTE_PREFIX.length()));
            assertThat(setting).as(attribute).isNotNull();
            String value = realm.path("attributes").path(attribute).asText();
            assertThatCode(() -> setting.type().canonical(setting.key(), value))
                    .as(attribute)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theMobileAppIsAMethodWithItsSettingsAndItsActivation() {
        assertThat(realm.path("authenticationFlows").findValuesAsText("authenticator"))
                .contains(PushAuthenticatorFactory.ID);
        assertThat(realm.path("requiredActions").findValuesAsText("providerId"))
                .contains(PushSetupRequiredActionFactory.ID);
        for (PortalSetting setting :
                List.of(
                        PortalSetting.MOBILE_APP_ACTIVATION_MINUTES,
                        PortalSetting.PUSH_NUMBER_MATCHING,
                        PortalSetting.PUSH_CHALLENGE_SECONDS,
                        PortalSetting.PUSH_OPEN_PER_USER,
                        PortalSetting.PUSH_DENIALS_PER_USER_PER_HOUR)) {
            assertThat(realm.path("attributes").path(setting.attribute()).asText())
                    .as(setting.key())
                    .isEqualTo(setting.fallback());
        }
    }

    @Test
    void theSecondStepIsGuardedByTheTrustedNetworkCondition() {
        List<String> authenticators =
                realm.path("authenticationFlows").findValuesAsText("authenticator");

        assertThat(authenticators).contains(TrustedNetworkConditionFactory.ID);
    }

    /**
     * Tokens sign in through the portal's form (which reads oathFallback), not Keycloak's own OTP
     * form.
     */
    @Test
    void tokensAreAskedForByThePortalsOathForm() {
        List<String> authenticators =
                realm.path("authenticationFlows").findValuesAsText("authenticator");

        assertThat(authenticators)
                .contains(OathAuthenticatorFactory.ID)
                .doesNotContain("auth-otp-form");
    }

    /**
     * Issue 14.5: portal-admin is a helpdesk administrator (no realm-management role beyond
     * query-users); which users it sees comes from the group permission ./run adds.
     */
    @Test
    void thePortalAdminIsAHelpdeskOfStaffAndTheSuperadminHoldsEveryPortalRight() {
        JsonNode portalAdmin = user("portal-admin");
        assertThat(texts(portalAdmin.path("clientRoles").path("realm-management")))
                .containsExactly("query-users");
        assertThat(texts(portalAdmin.path("clientRoles").path(PortalAdminClient.CLIENT_ID)))
                .containsExactly(PortalAdminRole.HELPDESK);
        JsonNode superadmin = user("portal-superadmin");
        assertThat(texts(superadmin.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "query-users");
        assertThat(texts(superadmin.path("clientRoles").path(PortalAdminClient.CLIENT_ID)))
                .containsExactly(PortalAdminRole.ADMIN);
        assertThat(texts(user("alice").path("groups"))).containsExactly("/Staff");
        assertThat(texts(user("bob").path("groups"))).containsExactly("/Staff");
        assertThat(realm.path("adminPermissionsEnabled").asBoolean()).isTrue();
    }

    /** The export's portal roles are the code's, with the same descriptions the server adds. */
    @Test
    void thePortalRolesAreTheCodesOwn() {
        JsonNode roles = realm.path("roles").path("client").path(PortalAdminClient.CLIENT_ID);
        for (PortalAdminRole role : PortalAdminRole.values()) {
            JsonNode exported = named(roles, role.roleName());
            assertThat(exported.path("description").asText())
                    .as(role.roleName())
                    .isEqualTo(role.description());
        }
        assertThat(named(roles, PortalAdminRole.HELPDESK).path("description").asText())
                .isEqualTo(PortalAdminRole.HELPDESK_DESCRIPTION);
        assertThat(
                        texts(
                                named(roles, PortalAdminRole.HELPDESK)
                                        .path("composites")
                                        .path("client")
                                        .path(PortalAdminClient.CLIENT_ID)))
                .containsExactlyInAnyOrderElementsOf(
                        List.of(PortalAdminRole.values()).stream()
                                .filter(PortalAdminRole::inHelpdesk)
                                .map(PortalAdminRole::roleName)
                                .toList());
        assertThat(named(roles, PortalAdminRole.ADMIN).path("description").asText())
                .isEqualTo(PortalAdminRole.ADMIN_DESCRIPTION);
    }

    private JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (username.equals(user.path("username").asText())) {
                return user;
            }
        }
        throw new AssertionError("no user " + username + " in the export");
    }

    private static JsonNode named(JsonNode array, String name) {
        for (JsonNode node : array) {
            if (name.equals(node.path("name").asText())) {
                return node;
            }
        }
        throw new AssertionError("nothing named " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
