package org.mfaportal.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of user attributes (e.g. those an LDAP mapper fills: telephoneNumber, mobile), in the order
 * they are read. Given as a JSON list or one string separated by commas or spaces; stored in that
 * order, without repeats, comma-separated. Empty means none.
 */
public record AttributeNamesType(int maxEntries) implements SettingType {

    /** What Keycloak's user profile accepts as an attribute name. */
    private static final String NAME = "[A-Za-z][A-Za-z0-9._-]{0,99}";

    private static final String SEPARATORS = "[,\\s]+";

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        Set<String> names = new LinkedHashSet<>();
        for (String entry : ListValue.entries(key, value, SEPARATORS, "attribute names")) {
            if (!entry.matches(NAME)) {
                throw SettingType.refuse(
                        key, "takes only attribute names (letters, digits, . _ -)", entry);
            }
            names.add(entry);
        }
        if (names.size() > maxEntries) {
            throw SettingType.refuse(key, "may name at most " + maxEntries + " attributes", value);
        }
        return String.join(",", names);
    }

    @Override
    public Object toJson(String stored) {
        return split(stored);
    }

    /** The names of a stored value, in order. */
    public static List<String> split(String stored) {
        return ListValue.split(stored, ",");
    }
}
