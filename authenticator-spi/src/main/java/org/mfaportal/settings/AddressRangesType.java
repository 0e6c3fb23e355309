package org.mfaportal.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mfaportal.trustedip.AddressRanges;

/**
 * A list of IPv4/IPv6 addresses and CIDR ranges. Stored comma-separated; given as a JSON list, or as
 * one string separated by commas, spaces or new lines.
 */
public record AddressRangesType(int maxEntries) implements SettingType {

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        List<String> entries = entries(key, value);
        if (entries.size() > maxEntries) {
            throw SettingType.refuse(key, "may hold at most " + maxEntries + " entries", value);
        }
        for (int i = 0; i < entries.size(); i++) {
            try {
                AddressRanges.check(entries.get(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(key, key + " entry " + (i + 1) + ": " + e.getMessage());
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
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> entries(String key, Object value) throws InvalidSettingException {
        if (value instanceof String text) {
            return split(text);
        }
        if (value instanceof List<?> list) {
            List<String> entries = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof String text) || text.isBlank()) {
                    throw SettingType.refuse(key, "entries must be non-empty strings", item);
                }
                entries.add(text.trim());
            }
            return entries;
        }
        throw SettingType.refuse(key, "must be a list of IPv4/IPv6 addresses and CIDR ranges", value);
    }
}
