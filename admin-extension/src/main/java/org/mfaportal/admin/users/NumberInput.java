package org.mfaportal.admin.users;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.mfaportal.phone.NumberRules;
import org.mfaportal.phone.PhoneNumbers;
import org.mfaportal.rest.JsonError;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.text.ThemeMessages;
import org.mfaportal.voice.VoiceMessages;

/**
 * Numbers an administrator types for a user, checked with the enrollment's own rules ({@link
 * PhoneNumbers}, {@link NumberRules}: libphonenumber, the realm's default region, number types and
 * countries). A refusal names the field and says why in the administrator's language, with the
 * sentence the user would read at setup.
 */
final class NumberInput {

    /** A field's value once checked, or the refusal to answer with. */
    record Checked(String value, Response refusal) {

        boolean refused() {
            return refusal != null;
        }
    }

    private final KeycloakSession session;
    private final UserModel admin;
    private final PortalSettings settings;

    NumberInput(KeycloakSession session, UserModel admin, PortalSettings settings) {
        this.session = session;
        this.admin = admin;
        this.settings = settings;
    }

    /** A required number, made E.164. */
    Checked number(String field, Object typed, NumberRules rules) {
        if (typed != null && !(typed instanceof String)) {
            return refuse("invalid_number", field, field + " must be a string");
        }
        PhoneNumbers.Parsed parsed =
                PhoneNumbers.parse((String) typed, settings.phoneDefaultRegion(), rules);
        return parsed.valid()
                ? new Checked(parsed.e164(), null)
                : refuse("invalid_number", field, words(parsed.problemKey()));
    }

    /** An optional number: absent or blank is none (null value). */
    Checked optionalNumber(String field, Object typed, NumberRules rules) {
        return blank(typed) ? new Checked(null, null) : number(field, typed, rules);
    }

    /** An optional extension: digits only, as at setup. */
    Checked extension(String field, Object typed) {
        if (blank(typed)) {
            return new Checked(null, null);
        }
        String extension = typed instanceof String text ? text.trim() : null;
        return extension != null && PhoneNumbers.validExtension(extension)
                ? new Checked(extension, null)
                : refuse("invalid_extension", field, words(VoiceMessages.EXTENSION_INVALID));
    }

    private static boolean blank(Object typed) {
        return typed == null || typed instanceof String text && text.isBlank();
    }

    private Checked refuse(String error, String field, String description) {
        return new Checked(null, JsonError.badField(error, field, description));
    }

    private String words(String key) {
        return ThemeMessages.format(session, session.getContext().resolveLocale(admin), key);
    }
}
