package org.mfaportal.settings;

/** A whole number within [min, max]. */
public record WholeNumberType(int min, int max) implements SettingType {

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        Long number = null;
        if (value instanceof Integer || value instanceof Long) {
            number = ((Number) value).longValue();
        } else if (value instanceof String text && text.trim().matches("-?\\d{1,12}")) {
            number = Long.parseLong(text.trim());
        }
        if (number == null || number < min || number > max) {
            throw SettingType.refuse(
                    key, "must be a whole number from " + min + " to " + max, value);
        }
        return Long.toString(number);
    }

    @Override
    public Object toJson(String stored) {
        return Integer.parseInt(stored);
    }
}
