package org.mfaportal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PortalSettingsTest {

    private static final PortalSettings DEFAULTS = PortalSettings.from(attribute -> null);

    /**
     * Defaults live next to their type; this keeps one from drifting into a value its type refuses.
     */
    @ParameterizedTest
    @EnumSource(PortalSetting.class)
    void everyDefaultIsAValueOfItsOwnType(PortalSetting setting) throws InvalidSettingException {
        assertThat(setting.type().canonical(setting.key(), setting.fallback()))
                .isEqualTo(setting.fallback());
    }

    @ParameterizedTest
    @EnumSource(PortalSetting.class)
    void everySettingIsFoundByItsKeyAndStoredUnderThePrefix(PortalSetting setting) {
        assertThat(PortalSetting.byKey(setting.key())).isSameAs(setting);
        assertThat(setting.attribute()).isEqualTo("mfaPortal." + setting.key());
    }

    @Test
    void anUnknownKeyIsNoSetting() {
        assertThat(PortalSetting.byKey("colour")).isNull();
    }

    @Test
    void aRealmWithoutAttributesHasTheSeedDefaults() {
        assertThat(DEFAULTS.bypassDefaultLifetime()).isEqualTo(Duration.ofSeconds(300));
        assertThat(DEFAULTS.bypassMaxLifetime()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(DEFAULTS.number(PortalSetting.QUESTIONS_AT_ENROLLMENT)).isEqualTo(4);
        assertThat(DEFAULTS.number(PortalSetting.QUESTIONS_TO_ANSWER)).isEqualTo(2);
        assertThat(DEFAULTS.number(PortalSetting.MOBILE_APP_MAX_DEVICES)).isEqualTo(1);
        assertThat(DEFAULTS.flag(PortalSetting.USER_LOGIN_ALLOWED)).isTrue();
        assertThat(DEFAULTS.flag(PortalSetting.BYPASS_ALLOWED)).isFalse();
        assertThat(DEFAULTS.phoneDefaultRegion()).isEqualTo("US");
        assertThat(DEFAULTS.value(PortalSetting.TRUSTED_RANGES)).isEmpty();
        assertThat(DEFAULTS.asJson()).containsEntry("trustedRanges", List.of());
    }

    /**
     * Values stored without the admin API (a realm import) are read, or replaced by the default.
     */
    @ParameterizedTest(name = "{0} stored as ''{1}'' reads as ''{2}''")
    @CsvSource(
            textBlock =
                    """
            bypassDefaultSeconds, 600,                600
            bypassDefaultSeconds, ' 600 ',            600
            bypassDefaultSeconds, 29,                 300
            bypassDefaultSeconds, 86401,              300
            bypassDefaultSeconds, five minutes,       300
            bypassDefaultSeconds, '',                 300
            mobileAppMaxDevices,  11,                 1
            userLoginAllowed,     FALSE,              false
            userLoginAllowed,     no,                 true
            phoneDefaultRegion,   de,                 DE
            phoneDefaultRegion,   XX,                 US
            trustedRanges,        '10.0.0.0/8 ::1',   '10.0.0.0/8,::1'
            trustedRanges,        10.0.0.0/33,        ''
            """)
    void aStoredValueIsReadOrReplacedByTheDefault(String key, String stored, String read) {
        PortalSetting setting = PortalSetting.byKey(key);
        PortalSettings settings = PortalSettings.from(Map.of(setting.attribute(), stored)::get);

        assertThat(settings.value(setting)).isEqualTo(read);
    }

    @Test
    void malformedTrustedRangesAreHandedOnAsStoredForTheCallerToRefuse() {
        PortalSettings settings =
                PortalSettings.from(Map.of("mfaPortal.trustedRanges", "10.0.0.0/33")::get);

        assertThat(settings.trustedRangesAsStored()).isEqualTo("10.0.0.0/33");
    }

    @Test
    void asJsonGivesTypedValuesByKeyInDeclarationOrder() {
        PortalSettings settings =
                PortalSettings.from(
                        Map.of(
                                        "mfaPortal.bypassDefaultSeconds", "600",
                                        "mfaPortal.userLoginAllowed", "false",
                                        "mfaPortal.trustedRanges", "10.0.0.0/8,2001:db8::/32")
                                ::get);

        Map<String, Object> json = settings.asJson();

        assertThat(json.keySet())
                .containsExactly(
                        Arrays.stream(PortalSetting.values())
                                .map(PortalSetting::key)
                                .toArray(String[]::new));
        assertThat(json.get("bypassDefaultSeconds")).isInstanceOf(Integer.class).isEqualTo(600);
        assertThat(json.get("questionsAtEnrollment")).isInstanceOf(Integer.class).isEqualTo(4);
        assertThat(json.get("userLoginAllowed")).isInstanceOf(Boolean.class).isEqualTo(false);
        assertThat(json.get("enrollmentAllowed")).isInstanceOf(Boolean.class).isEqualTo(true);
        assertThat(json.get("phoneDefaultRegion")).isEqualTo("US");
        assertThat(json.get("trustedRanges")).isEqualTo(List.of("10.0.0.0/8", "2001:db8::/32"));
    }

    @Test
    void aSettingIsReadOnlyAsItsOwnType() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DEFAULTS.number(PortalSetting.USER_LOGIN_ALLOWED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DEFAULTS.flag(PortalSetting.BYPASS_MAX_SECONDS));
    }
}
