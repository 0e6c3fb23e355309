package org.mfaportal.phone.directory;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.mfaportal.settings.PortalSettings;

/**
 * "suggest" mode at a phone setup: the number field starts with the directory's number and says
 * where it came from. Only a call or text to it, answered as usual, makes it the user's.
 */
public final class DirectorySuggestion {

    /** Form attributes of mfa-phone-setup.ftl. */
    static final String NUMBER = "mfaNumber";

    static final String FROM_DIRECTORY = "mfaNumberFromDirectory";

    private DirectorySuggestion() {}

    /** Pre-fills the setup form when the realm uses directory numbers and the user has one. */
    public static void offer(
            LoginFormsProvider form,
            PortalSettings settings,
            DirectoryNumbers numbers,
            UserModel user) {
        if (DirectoryMode.of(settings) == DirectoryMode.OFF) {
            return;
        }
        numbers.of(user)
                .ifPresent(
                        number ->
                                form.setAttribute(NUMBER, number)
                                        .setAttribute(FROM_DIRECTORY, true));
    }
}
