package org.mfaportal.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list setting's entries, given as a JSON list of strings or as one string split at {@code
 * separators}.
 */
final class ListValue {

    private ListValue() {}

    /** The trimmed, non-empty entries; a list item that is no string, or blank, is refused. */
    static List<String> entries(String key, Object value, String separators, String describedAs)
            throws InvalidSettingException {
        if (value instanceof String text) {
            return split(text, separators);
        }
        if (value instanceof List<?> list) {
            List<String> entries = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof String text) || text.isBlank()) {
                    throw SettingType.refuse(key, "entries must be non-empty strings", item);
                }
                entries.add(text.strip());
            }
            return entries;
        }
        throw SettingType.refuse(key, "must be a list of " + describedAs, value);
    }

    static List<String> split(String stored, String separators) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(separators))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
