package org.mfaportal.settings;

/** true or false. */
public record BooleanType() implements SettingType {

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof String text
                && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
        throw SettingType.refuse(key, "must be true or false", value);
    }

    @Override
    public Object toJson(String stored) {
        return Boolean.parseBoolean(stored);
    }
}
