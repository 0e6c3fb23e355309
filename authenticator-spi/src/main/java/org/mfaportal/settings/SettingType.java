package org.mfaportal.settings;

import java.util.List;

/**
 * How one kind of setting is checked, stored (as a realm attribute string) and shown (as JSON).
 * Values arrive from JSON (Boolean, Number, String, List) or from the stored string.
 */
public sealed interface SettingType
        permits BooleanType,
                WholeNumberType,
                CountryCodeType,
                AddressRangesType,
                ChoiceListType,
                EmailListType,
                AttributeNamesType,
                OneOfType,
                PatternTextType {

    /** The canonical stored form of a value, or a failure saying what is allowed. */
    String canonical(String key, Object value) throws InvalidSettingException;

    /** The stored form as a typed JSON value. */
    Object toJson(String stored);

    static InvalidSettingException refuse(String key, String allowed, Object value) {
        return new InvalidSettingException(
                key, key + " " + allowed + " (got " + describe(value) + ")");
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof List<?> list) {
            return "a list of " + list.size();
        }
        String text = value.toString();
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }
}
