package org.mfaportal.push.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceNameTest {

    @Test
    void aNameIsTrimmed() {
        assertThat(PushDevices.validName("  Work phone ")).isEqualTo("Work phone");
        assertThat(PushDevices.validName("Téléphone de Zoë 📱")).isEqualTo("Téléphone de Zoë 📱");
        assertThat(PushDevices.validName("x".repeat(64))).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "line\nbreak",
                "tab\there",
                "evil\u202Eenohp",
                "zero\u200Bwidth",
                "bom\uFEFF"
            })
    void emptyControlAndInvisibleCharactersAreRefused(String typed) {
        assertThat(PushDevices.validName(typed)).isNull();
    }

    @Test
    void sixtyFiveCharactersAreTooMany() {
        assertThat(PushDevices.validName("x".repeat(65))).isNull();
        assertThat(PushDevices.validName(null)).isNull();
    }
}
