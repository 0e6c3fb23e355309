package org.mfaportal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingSchemaTest {

    @Test
    void aWholeNumberCarriesItsRangeDefaultGroupAndMessageKeys() {
        assertThat(SettingSchema.of(PortalSetting.BYPASS_DEFAULT_SECONDS))
                .containsEntry("key", "bypassDefaultSeconds")
                .containsEntry("group", "bypass")
                .containsEntry("type", "wholeNumber")
                .containsEntry("min", 30)
                .containsEntry("max", 86_400)
                .containsEntry("default", 300)
                .containsEntry("labelKey", "mfaSetting_bypassDefaultSeconds")
                .containsEntry("helpKey", "mfaSettingHelp_bypassDefaultSeconds");
    }

    @Test
    void listsSayWhatTheyMayHold() {
        Map<String, Object> countries = SettingSchema.of(PortalSetting.PHONE_COUNTRIES);
        assertThat(countries)
                .containsEntry("type", "choiceList")
                .containsEntry("emptyAllowed", true);
        assertThat(countries.get("choices").toString()).contains("DE", "US");
        assertThat(SettingSchema.of(PortalSetting.CALL_NUMBER_TYPES))
                .containsEntry("emptyAllowed", false)
                .containsEntry("default", List.of("FIXED_LINE", "FIXED_LINE_OR_MOBILE", "MOBILE"));
        assertThat(SettingSchema.of(PortalSetting.TRUSTED_RANGES))
                .containsEntry("type", "addressRanges")
                .containsEntry("group", "trustedIps")
                .containsEntry("default", List.of());
        assertThat(SettingSchema.of(PortalSetting.PHONE_DEFAULT_REGION))
                .containsEntry("type", "choice")
                .containsEntry("default", "US");
    }

    @Test
    void everySettingIsInTheSchemaInDeclarationOrder() {
        List<?> settings = (List<?>) SettingSchema.asJson().get("settings");
        assertThat(settings.stream().map(s -> (Object) ((Map<?, ?>) s).get("key")).toList())
                .containsExactlyElementsOf(
                        java.util.Arrays.stream(PortalSetting.values())
                                .map(s -> (Object) s.key())
                                .toList());
    }
}
