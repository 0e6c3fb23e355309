package org.mfaportal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory settings' types: attribute names in order, and a mode from a short list. */
class DirectorySettingTypesTest {

    private final SettingType names = PortalSetting.DIRECTORY_CALL_ATTRIBUTES.type();
    private final SettingType mode = PortalSetting.DIRECTORY_NUMBERS.type();

    @Test
    void attributeNamesKeepTheirOrderAndCaseWithoutRepeats() throws Exception {
        assertThat(names.canonical("k", "telephoneNumber, otherTelephone telephoneNumber"))
                .isEqualTo("telephoneNumber,otherTelephone");
        assertThat(names.canonical("k", List.of("mobile", "homePhone")))
                .isEqualTo("mobile,homePhone");
        assertThat(names.canonical("k", "")).isEmpty();
        assertThat(names.toJson("mobile,homePhone")).isEqualTo(List.of("mobile", "homePhone"));
    }

    @Test
    void anythingButANameIsRefused() {
        assertThatThrownBy(() -> names.canonical("k", "tele phone;drop"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("attribute names");
        assertThatThrownBy(() -> names.canonical("k", List.of("mobile", 3)))
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> names.canonical("k", "a,b,c,d,e,f,g,h,i,j,k"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("at most 10");
    }

    @Test
    void theModeIsOneOfItsWords() throws Exception {
        assertThat(mode.canonical("directoryNumbers", " Enrolled ")).isEqualTo("enrolled");
        assertThatThrownBy(() -> mode.canonical("directoryNumbers", "always"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("off, suggest, enrolled");
        assertThatThrownBy(() -> mode.canonical("directoryNumbers", true))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void theSchemaOffersAListOfNamesAndTheModesChoices() {
        assertThat(SettingSchema.of(PortalSetting.DIRECTORY_CALL_ATTRIBUTES))
                .containsEntry("type", "nameList")
                .containsEntry("group", "directory")
                .containsEntry("default", List.of("telephoneNumber", "otherTelephone"));
        assertThat(SettingSchema.of(PortalSetting.DIRECTORY_NUMBERS))
                .containsEntry("type", "oneOf")
                .containsEntry("choices", List.of("off", "suggest", "enrolled"))
                .containsEntry("default", "off");
    }
}
