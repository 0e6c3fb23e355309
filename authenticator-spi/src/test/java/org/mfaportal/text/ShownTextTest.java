package org.mfaportal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShownTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Work phone",
                "Téléphone de Zoë 📱",
                "Wie hieß Ihr erstes Haustier?",
                "最初のペットの名前は？",
                "Ihre Straße?"
            })
    void whatPeopleWriteShowsWhatItSays(String text) {
        assertThat(ShownText.hasHiddenCharacters(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "line\nbreak",
                "tab\there",
                "bell\u0007",
                "evil\u202Eenohp",
                "zero\u200Bwidth",
                "bom\uFEFF",
                "joiner\u2060",
                "line\u2028separator",
                "paragraph\u2029separator",
                "lone\uD800surrogate",
                "del\u007F"
            })
    void controlAndInvisibleCharactersAreFound(String text) {
        assertThat(ShownText.hasHiddenCharacters(text)).isTrue();
    }
}
