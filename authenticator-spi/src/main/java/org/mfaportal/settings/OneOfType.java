package org.mfaportal.settings;

import java.util.List;
import java.util.Locale;

/**
 * One word from a short fixed list (a mode), in the order a form offers them; stored lower-case.
 */
public record OneOfType(List<String> choices) implements SettingType {

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        if (value instanceof String text) {
            String word = text.trim().toLowerCase(Locale.ROOT);
            if (choices.contains(word)) {
                return word;
            }
        }
        throw SettingType.refuse(key, "must be one of " + String.join(", ", choices), value);
    }

    @Override
    public Object toJson(String stored) {
        return stored;
    }
}
