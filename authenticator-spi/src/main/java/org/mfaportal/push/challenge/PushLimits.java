package org.mfaportal.push.challenge;

import java.time.Duration;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.SendLimits;

/**
 * Anti-fatigue: after pushDenialsPerUserPerHour denials no push goes out for the rest of the hour.
 * Denials are counted in the same atomic slots as the phone methods' send limits.
 */
public final class PushLimits {

    private final SendLimits limits;
    private final SendLimits.Limit denials;

    public PushLimits(KeycloakSession session, PortalSettings settings, UserModel user) {
        this.limits = new SendLimits(session.singleUseObjects());
        this.denials =
                new SendLimits.Limit(
                        "push-denials:" + user.getId(),
                        settings.number(PortalSetting.PUSH_DENIALS_PER_USER_PER_HOUR),
                        Duration.ofHours(1));
    }

    public boolean tooManyDenials() {
        return limits.isFull(denials);
    }

    public void countDenial() {
        limits.tryAcquire(denials);
    }
}
