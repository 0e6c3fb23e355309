package org.mfaportal.settings;

import java.util.List;
import java.util.Locale;

/** Exactly one name from a fixed list (e.g. how a push reaches the phone), stored lower-case. */
public record OneOfType(List<String> choices) implements SettingType {

    public OneOfType {
        choices = List.copyOf(choices);
    }

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        if (value instanceof String text) {
            String name = text.trim().toLowerCase(Locale.ROOT);
            if (choices.contains(name)) {
                return name;
            }
        }
        throw SettingType.refuse(key, "must be one of " + String.join(", ", choices), value);
    }

    @Override
    public Object toJson(String stored) {
        return stored;
    }
}
