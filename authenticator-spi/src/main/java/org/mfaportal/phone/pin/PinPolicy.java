package org.mfaportal.phone.pin;

import org.keycloak.models.UserModel;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Whether calls and two-way texts ask this user for a PIN: the realm requires it, or an admin did
 * for them.
 */
public final class PinPolicy {

    private PinPolicy() {}

    public static boolean requiredFor(PortalSettings settings, UserModel user) {
        return settings.flag(PortalSetting.PIN_REQUIRED)
                || Boolean.parseBoolean(user.getFirstAttribute(Pins.REQUIRED_FOR_USER_ATTRIBUTE));
    }
}
