package org.mfaportal.settings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of names from a fixed list (e.g. phone number types, ISO country codes). Given as a JSON
 * list or one comma-separated string, in any case; stored upper-case, sorted, comma-separated. An
 * empty set is allowed only where it has a documented meaning ({@code emptyMeans}).
 */
public record ChoiceListType(Set<String> choices, String describedAs, String emptyMeans)
        implements SettingType {

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        TreeSet<String> chosen = new TreeSet<>();
        for (String entry : ListValue.entries(key, value, ",", describedAs)) {
            String name = entry.toUpperCase(Locale.ROOT);
            if (!choices.contains(name)) {
                throw SettingType.refuse(key, "takes only " + describedAs, entry);
            }
            chosen.add(name);
        }
        if (chosen.isEmpty() && emptyMeans == null) {
            throw SettingType.refuse(key, "needs at least one of " + describedAs, value);
        }
        return String.join(",", chosen);
    }

    @Override
    public Object toJson(String stored) {
        return split(stored);
    }

    /** The names of a stored value. */
    public static List<String> split(String stored) {
        return ListValue.split(stored, ",");
    }
}
