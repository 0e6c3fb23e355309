package org.mfaportal.it.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.settings.PortalSetting;

/**
 * Admins read and change a realm's portal settings; a bad value is refused whole and names the
 * setting.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PortalSettingsIT {

    private static final String REALM = KeycloakServer.REALM;
    private static final String SETTINGS = "/admin/realms/" + REALM + "/mfa-portal/settings";
    private static final String BYPASS_SECONDS = PortalSetting.BYPASS_DEFAULT_SECONDS.key();
    private static final String MAX_DEVICES = PortalSetting.MOBILE_APP_MAX_DEVICES.key();

    private final KeycloakServer server;
    private final AdminClient admin;

    /** Whatever a story changes in the portal settings is put back after it. */
    private PortalSettingsScope settings;

    PortalSettingsIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    @BeforeEach
    void keepTheSettings() {
        settings = server.keepPortalSettings();
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void theDemoRealmStartsWithTheSeedsDefaults() {
        Map<String, Object> settings = admin.portalSettings(REALM);

        assertThat(settings)
                .containsEntry(BYPASS_SECONDS, 300)
                .containsEntry(PortalSetting.QUESTIONS_AT_ENROLLMENT.key(), 4)
                .containsEntry(MAX_DEVICES, 1)
                .containsEntry(PortalSetting.BYPASS_USER_CHOOSES_SECONDS.key(), false);
        assertThat(settings.keySet()).hasSize(PortalSetting.values().length);
    }

    @Test
    void aPortalAdministratorChangesSettingsAndTheRealmExportCarriesThem() {
        AdminClient portalAdmin = admin.as(REALM, "portal-superadmin", "portal-superadmin-demo");

        AdminClient.Reply reply =
                portalAdmin.put(SETTINGS, Map.of(BYPASS_SECONDS, 600, MAX_DEVICES, "3"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get(BYPASS_SECONDS).asInt()).isEqualTo(600);
        assertThat(admin.portalSettings(REALM))
                .containsEntry(BYPASS_SECONDS, 600)
                .containsEntry(MAX_DEVICES, 3);
        JsonNode export =
                admin.post("/admin/realms/" + REALM + "/partial-export", null)
                        .requireStatus(200)
                        .json();
        assertThat(
                        export.path("attributes")
                                .path(PortalSetting.BYPASS_DEFAULT_SECONDS.attribute())
                                .asText())
                .isEqualTo("600");
        JsonNode adminEvents =
                admin.get("/admin/realms/" + REALM + "/admin-events?operationTypes=UPDATE&max=5")
                        .requireStatus(200)
                        .json();
        assertThat(adminEvents.findValuesAsText("resourcePath"))
                .anyMatch(path -> path.endsWith("mfa-portal/settings"));
    }

    @Test
    void aValueOutOfRangeIsRefusedWithItsRangeAndNothingIsStored() {
        AdminClient.Reply reply =
                admin.updatePortalSettings(REALM, Map.of(MAX_DEVICES, 5, BYPASS_SECONDS, 20));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("setting").asText()).isEqualTo(BYPASS_SECONDS);
        assertThat(reply.json().get("error_description").asText())
                .contains(BYPASS_SECONDS, "from 30 to 86400");
        assertThat(admin.portalSettings(REALM))
                .containsEntry(MAX_DEVICES, 1)
                .containsEntry(BYPASS_SECONDS, 300);
    }

    @Test
    void numberTypesAndCountriesAreCheckedNamesAndNothingIsStoredOnABadOne() {
        String callTypes = PortalSetting.CALL_NUMBER_TYPES.key();
        String countries = PortalSetting.PHONE_COUNTRIES.key();
        AdminClient.Reply unknownType =
                admin.updatePortalSettings(
                        REALM,
                        Map.of(
                                countries,
                                List.of("de"),
                                callTypes,
                                List.of("MOBILE", "SATELLITE")));
        AdminClient.Reply noType = admin.updatePortalSettings(REALM, Map.of(callTypes, List.of()));
        AdminClient.Reply unknownCountry =
                admin.updatePortalSettings(REALM, Map.of(countries, "DE, XX"));

        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("error_description").asText())
                .contains(callTypes, "SATELLITE", "PREMIUM_RATE");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(unknownCountry.status()).isEqualTo(400);
        assertThat(unknownCountry.json().get("error_description").asText()).contains("XX");
        assertThat(admin.portalSettings(REALM))
                .containsEntry(countries, List.of())
                .containsEntry(callTypes, List.of("FIXED_LINE", "FIXED_LINE_OR_MOBILE", "MOBILE"));
        try (var scope = server.portalSettings(Map.of(countries, List.of("us", "DE")))) {
            assertThat(admin.portalSettings(REALM)).containsEntry(countries, List.of("DE", "US"));
        }
    }

    @Test
    void settingsThatContradictEachOtherAreRefused() {
        AdminClient.Reply reply =
                admin.updatePortalSettings(
                        REALM,
                        Map.of(
                                PortalSetting.QUESTIONS_TO_ANSWER.key(),
                                5,
                                PortalSetting.QUESTIONS_AT_ENROLLMENT.key(),
                                4));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_description").asText()).contains("must not exceed");
    }

    @Test
    void anUnknownSettingIsRefused() {
        AdminClient.Reply reply = admin.updatePortalSettings(REALM, Map.of("bypassSecnods", 600));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_description").asText())
                .contains("'bypassSecnods' is not a portal setting");
    }

    @Test
    void onlyAdministratorsMayReadOrChangeSettings() {
        assertThat(admin.sendAnonymously("GET", SETTINGS, null).status()).isEqualTo(401);

        AdminClient bob = admin.as(REALM, "bob", "bob-demo");
        assertThat(bob.get(SETTINGS).status()).isEqualTo(403);
        assertThat(bob.put(SETTINGS, Map.of(BYPASS_SECONDS, 900)).status()).isEqualTo(403);
        assertThat(admin.portalSettings(REALM)).containsEntry(BYPASS_SECONDS, 300);
    }

    /** The console's settings form is generated from this answer, so it cannot drift. */
    @Test
    void theSchemaDescribesEverySettingForTheConsolesForm() {
        JsonNode schema = admin.get(SETTINGS + "/schema").requireStatus(200).json();

        assertThat(schema.path("settings")).hasSize(PortalSetting.values().length);
        JsonNode bypass = null;
        for (JsonNode setting : schema.path("settings")) {
            if (setting.path("key").asText().equals(BYPASS_SECONDS)) {
                bypass = setting;
            }
        }
        assertThat(bypass).isNotNull();
        assertThat(bypass.path("type").asText()).isEqualTo("wholeNumber");
        assertThat(bypass.path("min").asInt()).isEqualTo(30);
        assertThat(bypass.path("max").asInt()).isEqualTo(86_400);
        assertThat(bypass.path("default").asInt()).isEqualTo(300);
        assertThat(bypass.path("group").asText()).isEqualTo("bypass");
        assertThat(bypass.path("labelKey").asText()).isEqualTo("mfaSetting_" + BYPASS_SECONDS);
        assertThat(bypass.path("helpKey").asText()).isEqualTo("mfaSettingHelp_" + BYPASS_SECONDS);
        assertThat(schema.path("groups").findValuesAsText("id")).contains("bypass", "trustedIps");

        assertThat(admin.sendAnonymously("GET", SETTINGS + "/schema", null).status())
                .isEqualTo(401);
        assertThat(admin.as(REALM, "bob", "bob-demo").get(SETTINGS + "/schema").status())
                .isEqualTo(403);
    }
}
