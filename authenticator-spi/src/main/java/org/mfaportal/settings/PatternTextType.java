package org.mfaportal.settings;

import java.util.regex.Pattern;

/**
 * A short text of a known form (e.g. a Firebase project id, a vault reference), or empty where
 * empty has a documented meaning (the setting's default then applies).
 */
public record PatternTextType(Pattern form, String describedAs) implements SettingType {

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.isEmpty() || form.matcher(trimmed).matches()) {
                return trimmed;
            }
        }
        throw SettingType.refuse(key, "must be empty or " + describedAs, value);
    }

    @Override
    public Object toJson(String stored) {
        return stored;
    }
}
