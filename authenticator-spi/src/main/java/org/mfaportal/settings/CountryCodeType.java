package org.mfaportal.settings;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, used as the default region of phone numbers. */
public record CountryCodeType() implements SettingType {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        if (value instanceof String text
                && COUNTRIES.contains(text.trim().toUpperCase(Locale.ROOT))) {
            return text.trim().toUpperCase(Locale.ROOT);
        }
        throw SettingType.refuse(
                key, "must be a two-letter ISO 3166 country code such as US or DE", value);
    }

    @Override
    public Object toJson(String stored) {
        return stored;
    }

    /** The codes allowed. */
    public static Set<String> countries() {
        return COUNTRIES;
    }
}
