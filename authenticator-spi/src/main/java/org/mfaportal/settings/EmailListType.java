package org.mfaportal.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.keycloak.utils.EmailValidationUtil;

/**
 * Email addresses, each checked as Keycloak checks a user's address. Given as a JSON list or one
 * string separated by commas, semicolons, spaces or new lines; stored lower-case, in the order
 * given, without repeats, comma-separated. Empty means nobody.
 */
public record EmailListType(int maxEntries) implements SettingType {

    private static final String SEPARATORS = "[,;\\s]+";

    @Override
    public String canonical(String key, Object value) throws InvalidSettingException {
        List<String> entries = ListValue.entries(key, value, SEPARATORS, "email addresses");
        Set<String> addresses = new LinkedHashSet<>();
        for (String entry : entries) {
            if (!EmailValidationUtil.isValidEmail(entry)) {
                throw SettingType.refuse(key, "takes only email addresses", entry);
            }
            addresses.add(entry.toLowerCase(Locale.ROOT));
        }
        if (addresses.size() > maxEntries) {
            throw SettingType.refuse(key, "may hold at most " + maxEntries + " addresses", value);
        }
        return String.join(",", addresses);
    }

    @Override
    public Object toJson(String stored) {
        return split(stored);
    }

    /** The addresses of a stored value. */
    public static List<String> split(String stored) {
        return ListValue.split(stored, ",");
    }
}
