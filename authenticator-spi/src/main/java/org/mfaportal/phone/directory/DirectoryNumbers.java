package org.mfaportal.phone.directory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.models.UserModel;
import org.keycloak.storage.StorageId;
import org.mfaportal.phone.NumberRules;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.PhoneNumbers;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * The directory's number of a user for one method: the first value of the named attributes that is
 * a valid number the method may use (same libphonenumber parsing, region, types and countries as a
 * number typed at setup). Read from the user model each time, so a change in the directory counts
 * from the next lookup; an unusable value is skipped with a log line and never stored.
 */
public record DirectoryNumbers(List<String> attributes, String defaultRegion, NumberRules rules) {

    private static final Logger LOG = Logger.getLogger(DirectoryNumbers.class);

    public static DirectoryNumbers forCalls(PortalSettings settings) {
        return new DirectoryNumbers(
                settings.attributeNames(PortalSetting.DIRECTORY_CALL_ATTRIBUTES),
                settings.phoneDefaultRegion(),
                NumberRules.forCalls(settings));
    }

    public static DirectoryNumbers forTexts(PortalSettings settings) {
        return new DirectoryNumbers(
                settings.attributeNames(PortalSetting.DIRECTORY_TEXT_ATTRIBUTES),
                settings.phoneDefaultRegion(),
                NumberRules.forTexts(settings));
    }

    /**
     * The user's number in E.164, or empty when no attribute holds a usable one. Only users of a
     * directory (a user federation provider, imported or not) have one: a local user's attributes
     * of the same names may be theirs to edit in the account console's profile, and a second factor
     * the user can point anywhere without a confirming call is none.
     */
    public Optional<String> of(UserModel user) {
        if (!fromDirectory(user)) {
            return Optional.empty();
        }
        return of(user.getUsername(), user::getAttributeStream);
    }

    /** Imported users carry their provider's link; users of a no-import provider its id. */
    static boolean fromDirectory(UserModel user) {
        return user.getFederationLink() != null || !StorageId.isLocalStorage(user.getId());
    }

    /** The same, from a lookup of an attribute's values. */
    Optional<String> of(String username, Function<String, Stream<String>> values) {
        for (String attribute : attributes) {
            for (String value : values.apply(attribute).toList()) {
                PhoneNumbers.Parsed parsed = PhoneNumbers.parse(value, defaultRegion, rules);
                if (parsed.valid()) {
                    return Optional.of(parsed.e164());
                }
                // Masked: a log is no place for a whole phone number.
                LOG.infof(
                        "Ignoring the directory number %s in attribute %s of user %s: %s",
                        PhoneCredentialData.masked(value == null ? null : value.strip()),
                        attribute,
                        username,
                        parsed.problemKey());
            }
        }
        return Optional.empty();
    }
}
