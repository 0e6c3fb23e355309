package org.mfaportal.theme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The account console's texts: every shipped language has every English key with the same i18next
 * placeholders ({{name}}), so no raw key or placeholder ever reaches a user.
 */
class AccountMessagesCompleteTest {

    private static final Path MESSAGES =
            Path.of(System.getProperty("basedir", "."))
                    .resolve("src/main/resources/theme/mfa-portal/account/messages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ja"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String language) throws IOException {
        Properties english = read("en");
        Properties translated = read(language);

        assertThat(translated.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key)))
                    .as("%s in messages_%s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key))
                    .as("%s in messages_%s", key, language)
                    .isNotBlank();
        }
    }

    private static Properties read(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(
                        MESSAGES.resolve("messages_" + language + ".properties"), UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String message) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
