package org.mfaportal.bypass;

import java.time.Duration;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * How long a requested bypass may last under the realm's settings, or why it may not be started.
 */
public final class BypassPolicy {

    /** The bypass's lifetime, or the reason (for the API's error_description) it is refused. */
    public record Decision(Duration lifetime, String refusal) {}

    private BypassPolicy() {}

    /**
     * For a user starting their own bypass: only where allowed, and seconds only where users may
     * choose.
     */
    public static Decision forUser(PortalSettings settings, Integer requestedSeconds) {
        if (!settings.flag(PortalSetting.BYPASS_ALLOWED)) {
            return new Decision(null, "users may not start a one-time bypass in this realm");
        }
        if (requestedSeconds != null && !settings.flag(PortalSetting.BYPASS_USER_CHOOSES_SECONDS)) {
            return new Decision(
                    null, "the length of a bypass is set by the realm; leave out 'seconds'");
        }
        return lifetime(settings, requestedSeconds);
    }

    /** For an administrator: any length up to the realm's maximum. */
    public static Decision forAdmin(PortalSettings settings, Integer requestedSeconds) {
        return lifetime(settings, requestedSeconds);
    }

    private static Decision lifetime(PortalSettings settings, Integer requestedSeconds) {
        if (requestedSeconds == null) {
            return new Decision(settings.bypassDefaultLifetime(), null);
        }
        long max = settings.bypassMaxLifetime().toSeconds();
        if (requestedSeconds < 30 || requestedSeconds > max) {
            return new Decision(null, "seconds must be a whole number from 30 to " + max);
        }
        return new Decision(Duration.ofSeconds(requestedSeconds), null);
    }
}
