package org.mfaportal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mfaportal.settings.BooleanType;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.WholeNumberType;

/**
 * docs/settings.md is written by hand, PortalSetting is the truth: this keeps the two from drifting
 * (a setting added without a row, a row for a setting that is gone, a default or range changed on
 * one side).
 */
class SettingsDocumentationTest {

    private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");

    @Test
    void theSettingsTableDocumentsEverySettingWithItsTypeAndDefault() {
        Map<String, Row> rows = tableRows();
        List<String> problems = new ArrayList<>();
        for (PortalSetting setting : PortalSetting.values()) {
            Row row = rows.remove(setting.key());
            if (row == null) {
                problems.add(
                        setting.key()
                                + ": a setting of PortalSetting without a row in docs/settings.md");
                continue;
            }
            String documentedDefault = String.join(",", quoted(row.defaultValue()));
            if (!documentedDefault.equals(setting.fallback())) {
                problems.add(
                        setting.key()
                                + ": documented default '"
                                + documentedDefault
                                + "', PortalSetting's '"
                                + setting.fallback()
                                + "'");
            }
            String expectedType = typeCell(setting);
            if (expectedType != null && !row.type().equals(expectedType)) {
                problems.add(
                        setting.key()
                                + ": documented type '"
                                + row.type()
                                + "', PortalSetting's '"
                                + expectedType
                                + "'");
            }
        }
        rows.keySet()
                .forEach(
                        key ->
                                problems.add(
                                        key
                                                + ": a row in docs/settings.md that is no PortalSetting"));
        assertThat(problems).as("docs/settings.md against PortalSetting").isEmpty();
    }

    /** How the table writes a type it can check: booleans, and number ranges as "min..max". */
    private static String typeCell(PortalSetting setting) {
        if (setting.type() instanceof BooleanType) {
            return "boolean";
        }
        if (setting.type() instanceof WholeNumberType range) {
            return range.min() + ".." + range.max();
        }
        return null;
    }

    private record Row(String type, String defaultValue) {}

    /**
     * The rows of the table headed "| Key | Type | Default | ...", by key; a key twice is a
     * failure.
     */
    private static Map<String, Row> tableRows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : ProjectDocs.proseLines(ProjectDocs.docs().resolve("settings.md"))) {
            if (line.startsWith("| Key | Type | Default |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                List<String> keys = quoted(cells[1]);
                assertThat(keys).as("one key in the first cell of: " + line).hasSize(1);
                Row previous = rows.put(keys.get(0), new Row(cells[2].trim(), cells[3].trim()));
                assertThat(previous).as(keys.get(0) + " has two rows").isNull();
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        assertThat(rows).as("the settings table in docs/settings.md").isNotEmpty();
        return rows;
    }

    private static List<String> quoted(String cell) {
        List<String> values = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(cell);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
