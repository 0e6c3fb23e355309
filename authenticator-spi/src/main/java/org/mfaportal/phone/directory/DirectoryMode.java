package org.mfaportal.phone.directory;

import java.util.Locale;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/** What a number from the directory is in this realm ({@link PortalSetting#DIRECTORY_NUMBERS}). */
public enum DirectoryMode {
    /** Not used. */
    OFF,
    /** Offered by the phone setup; a call or text still confirms it, and it is the user's then. */
    SUGGEST,
    /** The user's phone method, without a setup; it follows the directory. */
    ENROLLED;

    public static DirectoryMode of(PortalSettings settings) {
        return valueOf(settings.text(PortalSetting.DIRECTORY_NUMBERS).toUpperCase(Locale.ROOT));
    }
}
