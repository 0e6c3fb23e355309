package org.mfaportal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/**
 * Wording that leaves the browser (a text, a call, a push request): a message of the login theme in
 * a language.
 */
public final class ThemeMessages {

    private ThemeMessages() {}

    /**
     * A message of the login theme (ours are in every theme) in the given language; the key itself
     * if unknown.
     */
    public static String format(
            KeycloakSession session, Locale locale, String key, Object... args) {
        try {
            Properties messages =
                    session.theme()
                            .getTheme(Theme.Type.LOGIN)
                            .getEnhancedMessages(session.getContext().getRealm(), locale);
            String pattern = messages.getProperty(key, key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
