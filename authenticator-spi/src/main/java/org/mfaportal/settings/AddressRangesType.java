package org.mfaportal.settings;

import java.util.List;
import org.mfaportal.network.AddressRanges;

/**
 * A list of IPv4/IPv6 addresses and CIDR ranges. Stored comma-separated; given as a JSON list, or
 * as one string separated by commas, spaces or new lines.
 */
public record AddressRangesType(int maxEntries) implements SettingType {

    private static final String SEPARATORS = "[,\\s]+";

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        List<String> entries =
                ListValue.entries(key, value, SEPARATORS, "IPv4/IPv6 addresses and CIDR ranges");
        if (entries.size() > maxEntries) {
            throw SettingType.refuse(key, "may hold at most " + maxEntries + " entries", value);
        }
        for (int i = 0; i < entries.size(); i++) {
            try {
                AddressRanges.check(entries.get(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(
                        key, key + " entry " + (i + 1) + ": " + e.getMessage());
            }
        }
        return String.join(",", entries);
    }

    @Override
    public Object toJson(String stored) {
        return split(stored);
    }

    /** The entries of a stored value. */
    public static List<String> split(String stored) {
        return ListValue.split(stored, SEPARATORS);
    }
}
