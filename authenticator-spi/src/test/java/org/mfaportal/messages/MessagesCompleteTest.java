package org.mfaportal.messages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mfaportal.catalog.EnrollmentMessages;
import org.mfaportal.catalog.Method;
import org.mfaportal.flow.EmailedLinks;
import org.mfaportal.oath.OathMessages;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.pin.PinMessages;
import org.mfaportal.push.base.PushMessages;
import org.mfaportal.questions.QuestionsMessages;
import org.mfaportal.radius.RadiusMessages;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.SettingGroup;
import org.mfaportal.settings.SettingSchema;
import org.mfaportal.sms.SmsMessages;
import org.mfaportal.voice.VoiceMessages;

/**
 * Every shipped language has every message, with the same placeholders as English, in a form that
 * {@link MessageFormat} reads as written. Keycloak formats every theme message with MessageFormat
 * (msg() in templates, form errors), and {@link PhoneMessages#format} does the same for texts and
 * calls, so a lone apostrophe is eaten (and swallows what follows up to the next one) even in a
 * message without placeholders.
 */
class MessagesCompleteTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path PORTAL_MESSAGES =
            MODULE.resolve("src/main/resources/theme-resources/messages");
    private static final Path TEMPLATES =
            MODULE.resolve("src/main/resources/theme-resources/templates");
    private static final Path LOGIN_THEME_MESSAGES =
            MODULE.resolve("../account-theme/src/main/resources/theme/mfa-portal/login/messages")
                    .normalize();

    /**
     * The admin console's messages (admin theme): served to the console as they are written, for
     * i18next, so not MessageFormat patterns.
     */
    private static final Path ADMIN_THEME_MESSAGES =
            MODULE.resolve("../admin-extension/src/main/resources/theme/mfa-portal/admin/messages")
                    .normalize();

    /**
     * Languages that must be there; any other messages_*.properties beside them is checked as well.
     */
    private static final List<String> SHIPPED = List.of("de", "fr", "es", "ja");

    private static final List<Class<?>> KEY_CONSTANTS =
            List.of(
                    SmsMessages.class,
                    VoiceMessages.class,
                    PinMessages.class,
                    PhoneMessages.class,
                    PushMessages.class,
                    QuestionsMessages.class,
                    OathMessages.class,
                    EnrollmentMessages.class,
                    EmailedLinks.class,
                    RadiusMessages.class);

    private static final Pattern FILE_NAME =
            Pattern.compile("messages_([A-Za-z0-9_-]+)\\.properties");

    /**
     * A placeholder as written: {0}, {1,number}... (quoting is judged separately, by formatting).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private static final Pattern MARKER = Pattern.compile("<<(\\d+)>>");
    private static final Pattern TEMPLATE_MSG = Pattern.compile("msg\\(\"([A-Za-z0-9]+)\"");

    /** Macros of mfa-fields.ftl take a key and call msg() themselves: label="mfaSmsResend". */
    private static final Pattern TEMPLATE_LABEL = Pattern.compile("\\blabel=\"([A-Za-z0-9]+)\"");

    record Bundle(String name, Path directory) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bundle> bundles() {
        return Stream.of(
                new Bundle("portal messages", PORTAL_MESSAGES),
                new Bundle("login theme messages", LOGIN_THEME_MESSAGES));
    }

    /** Every bundle whose languages must be complete, the admin console's included. */
    static Stream<Bundle> completeBundles() {
        return Stream.concat(
                bundles(), Stream.of(new Bundle("admin theme messages", ADMIN_THEME_MESSAGES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeBundles")
    void everyLanguageHasExactlyTheKeysOfEnglish(Bundle bundle) {
        Map<String, Properties> languages = load(bundle.directory());
        assertThat(languages.keySet())
                .as("languages of %s in %s", bundle, bundle.directory())
                .contains("en")
                .containsAll(SHIPPED);
        assertThat(completenessProblems(languages))
                .as("%s: keys missing, blank or unknown to English", bundle)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyMessageFormatsAsWrittenWithTheSamePlaceholdersAsEnglish(Bundle bundle) {
        assertThat(formatProblems(load(bundle.directory())))
                .as("%s: placeholders and MessageFormat quoting", bundle)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeBundles")
    void everyFileIsValidUtf8WithoutRepeatedKeys(Bundle bundle) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(bundle.directory()).values()) {
            byte[] bytes = Files.readAllBytes(file);
            try {
                UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                problems.add(file.getFileName() + ": not valid UTF-8 (" + e.getMessage() + ")");
            }
            Set<String> seen = new TreeSet<>();
            Properties duplicates =
                    new Properties() {
                        @Override
                        public synchronized Object put(Object key, Object value) {
                            if (!seen.add((String) key)) {
                                problems.add(
                                        file.getFileName()
                                                + ": key "
                                                + key
                                                + " is defined twice (the last one wins)");
                            }
                            return super.put(key, value);
                        }
                    };
            try (Reader reader = new InputStreamReader(Files.newInputStream(file), UTF_8)) {
                duplicates.load(reader);
            }
        }
        assertThat(problems).as("%s files", bundle).isEmpty();
    }

    @Test
    void everyKeyConstantIsAnEnglishMessage() {
        Properties english = load(PORTAL_MESSAGES).get("en");
        List<String> problems = new ArrayList<>();
        for (Class<?> constants : KEY_CONSTANTS) {
            List<String> keys = keyConstants(constants);
            assertThat(keys)
                    .as("public static final String keys of %s", constants.getName())
                    .isNotEmpty();
            for (String key : keys) {
                if (isBlank(english.getProperty(key))) {
                    problems.add(
                            "en: key "
                                    + key
                                    + " ("
                                    + constants.getSimpleName()
                                    + ") is missing from messages_en.properties");
                }
            }
        }
        for (Method method : Method.values()) {
            for (String key : List.of(method.displayNameKey(), method.helpTextKey())) {
                if (isBlank(english.getProperty(key))) {
                    problems.add(
                            "en: key "
                                    + key
                                    + " (Method."
                                    + method
                                    + ") is missing from messages_en.properties");
                }
            }
        }
        assertThat(problems).as("keys named in Java").isEmpty();
    }

    /** The console's settings form labels each setting and section with these keys. */
    @Test
    void everySettingHasALabelAndHelpInTheAdminConsole() {
        Properties english = load(ADMIN_THEME_MESSAGES).get("en");
        List<String> problems = new ArrayList<>();
        for (PortalSetting setting : PortalSetting.values()) {
            for (String key :
                    List.of(SettingSchema.labelKey(setting), SettingSchema.helpKey(setting))) {
                if (isBlank(english.getProperty(key))) {
                    problems.add("en: key " + key + " (PortalSetting." + setting + ") is missing");
                }
            }
        }
        for (SettingGroup group : SettingGroup.values()) {
            if (isBlank(english.getProperty(group.labelKey()))) {
                problems.add("en: key " + group.labelKey() + " (SettingGroup) is missing");
            }
        }
        assertThat(problems).as("admin theme messages_en.properties").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesIsAnEnglishMessage() throws IOException {
        Properties english = load(PORTAL_MESSAGES).get("en");
        SortedMap<String, String> used = new TreeMap<>();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                String text = Files.readString(template, UTF_8);
                for (Pattern pattern : List.of(TEMPLATE_MSG, TEMPLATE_LABEL)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        if (m.group(1).startsWith("mfa")) {
                            used.putIfAbsent(m.group(1), template.getFileName().toString());
                        }
                    }
                }
            }
        }
        assertThat(used).as("mfa keys found in %s", TEMPLATES).isNotEmpty();
        List<String> problems = new ArrayList<>();
        used.forEach(
                (key, template) -> {
                    if (isBlank(english.getProperty(key))) {
                        problems.add(
                                "en: key "
                                        + key
                                        + " (used in "
                                        + template
                                        + ") is missing from messages_en.properties");
                    }
                });
        assertThat(problems).as("keys used in templates").isEmpty();
    }

    /**
     * The checks themselves: each kind of mistake in a translation is named with its language and
     * key.
     */
    @Test
    void theChecksNameTheLanguageAndKeyOfEachMistake() {
        Properties english =
                properties(
                        "a",
                        "Hello.",
                        "b",
                        "Wait {0} seconds.",
                        "c",
                        "Bye.",
                        "d",
                        "It''s {0}.",
                        "e",
                        "Call {0}.");
        Properties broken =
                properties(
                        "a", " ", // blank
                        "b", "Attendez {1} secondes.", // other placeholder
                        "c", "Au revoir l'ami.", // lone apostrophe, no placeholder
                        "d", "C'est {0}.", // lone apostrophe swallows the placeholder
                        "e", "Appelez {0.", // does not parse
                        "x", "De trop."); // unknown to English
        Map<String, Properties> languages =
                new TreeMap<>(Map.of("en", english, "fr", broken, "de", properties("a", "Hallo.")));

        assertThat(completenessProblems(languages))
                .containsExactlyInAnyOrder(
                        "de: key b is missing",
                        "de: key c is missing",
                        "de: key d is missing",
                        "de: key e is missing",
                        "fr: key a is blank",
                        "fr: key x is not in English");
        assertThat(formatProblems(languages))
                .anySatisfy(
                        p ->
                                assertThat(p)
                                        .startsWith("fr: key b: placeholders [1]")
                                        .contains("English has [0]"))
                .anySatisfy(p -> assertThat(p).startsWith("fr: key c: lone apostrophe"))
                .anySatisfy(p -> assertThat(p).startsWith("fr: key d: lone apostrophe"))
                .anySatisfy(p -> assertThat(p).startsWith("fr: key d: placeholders []"))
                .anySatisfy(p -> assertThat(p).startsWith("fr: key e: does not parse"))
                .noneSatisfy(p -> assertThat(p).startsWith("en:"));
    }

    // --- the checks
    // ---------------------------------------------------------------------------------------

    /**
     * Keys English has that a language lacks or leaves blank, and keys a language has that English
     * lacks.
     */
    static List<String> completenessProblems(Map<String, Properties> languages) {
        Properties english = languages.get("en");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (isBlank(english.getProperty(key))) {
                problems.add("en: key " + key + " is blank");
            }
        }
        languages.forEach(
                (language, messages) -> {
                    if (language.equals("en")) {
                        return;
                    }
                    for (String key : new TreeSet<>(english.stringPropertyNames())) {
                        if (!messages.containsKey(key)) {
                            problems.add(language + ": key " + key + " is missing");
                        } else if (isBlank(messages.getProperty(key))) {
                            problems.add(language + ": key " + key + " is blank");
                        }
                    }
                    for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                        if (!english.containsKey(key)) {
                            problems.add(language + ": key " + key + " is not in English");
                        }
                    }
                });
        return problems;
    }

    /**
     * Per message of every language, English included: it parses with MessageFormat; formatted with
     * sample arguments it keeps every apostrophe it means (a quote written '' prints as one, a lone
     * one vanishes); and its placeholders, written and as MessageFormat sees them, are those of
     * English.
     */
    static List<String> formatProblems(Map<String, Properties> languages) {
        Properties english = languages.get("en");
        List<String> problems = new ArrayList<>();
        languages.forEach(
                (language, messages) -> {
                    Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
                    for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                        String pattern = messages.getProperty(key);
                        String where = language + ": key " + key + ": ";
                        String output;
                        try {
                            output = new MessageFormat(pattern, locale).format(sampleArguments());
                        } catch (IllegalArgumentException e) {
                            problems.add(
                                    where
                                            + "does not parse with MessageFormat ("
                                            + e.getMessage()
                                            + "): "
                                            + pattern);
                            continue;
                        }
                        long meant = count(pattern.replace("''", "'"), '\'');
                        long printed = count(output, '\'');
                        if (printed != meant) {
                            problems.add(
                                    where
                                            + "lone apostrophe eaten by MessageFormat (write '' for '): "
                                            + pattern
                                            + " -> "
                                            + output);
                        }
                        String englishPattern = english.getProperty(key);
                        if (englishPattern == null || language.equals("en")) {
                            continue;
                        }
                        Set<Integer> written = indices(PLACEHOLDER, pattern);
                        Set<Integer> writtenInEnglish = indices(PLACEHOLDER, englishPattern);
                        Set<Integer> formatted = indices(MARKER, output);
                        Set<Integer> formattedInEnglish =
                                indices(MARKER, formatEnglish(englishPattern));
                        if (!written.equals(writtenInEnglish)
                                || !formatted.equals(formattedInEnglish)) {
                            problems.add(
                                    where
                                            + "placeholders "
                                            + formatted
                                            + " (written "
                                            + written
                                            + ") but English has "
                                            + formattedInEnglish
                                            + ": "
                                            + pattern);
                        }
                    }
                });
        return problems;
    }

    private static String formatEnglish(String pattern) {
        try {
            return new MessageFormat(pattern, Locale.ENGLISH).format(sampleArguments());
        } catch (IllegalArgumentException e) {
            return ""; // reported for English itself
        }
    }

    /** Arguments that show where they landed, without apostrophes of their own. */
    private static Object[] sampleArguments() {
        Object[] arguments = new Object[10];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = "<<" + i + ">>";
        }
        return arguments;
    }

    private static List<String> keyConstants(Class<?> constants) {
        List<String> keys = new ArrayList<>();
        for (Field field : constants.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers)
                    && Modifier.isStatic(modifiers)
                    && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    // --- files
    // ----------------------------------------------------------------------------------------------

    /**
     * Language (en, de, pt_BR...) to its messages, read as UTF-8 the way Keycloak 26 reads theme
     * messages.
     */
    static Map<String, Properties> load(Path directory) {
        Map<String, Properties> languages = new TreeMap<>();
        files(directory)
                .forEach(
                        (language, file) -> {
                            Properties messages = new Properties();
                            try (Reader reader =
                                    new InputStreamReader(Files.newInputStream(file), UTF_8)) {
                                messages.load(reader);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            languages.put(language, messages);
                        });
        return languages;
    }

    private static SortedMap<String, Path> files(Path directory) {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.forEach(
                    file -> {
                        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
                        if (m.matches()) {
                            files.put(m.group(1), file);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("no messages in " + directory.toAbsolutePath(), e);
        }
        return files;
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    private static Set<Integer> indices(Pattern pattern, String text) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
