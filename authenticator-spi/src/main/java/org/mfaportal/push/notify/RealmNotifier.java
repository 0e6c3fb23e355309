package org.mfaportal.push.notify;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * The realm's choice of how a push reaches the phone ({@code pushNotifier}): its value is the id of
 * a provider of this SPI. Poll is always there, and a realm whose provider is missing (disabled by
 * the operator) falls back to it: the app polls in any case.
 */
public final class RealmNotifier {

    private static final Logger LOG = Logger.getLogger(RealmNotifier.class);

    private RealmNotifier() {}

    public static PushNotifier of(KeycloakSession session, RealmModel realm) {
        String chosen = chosen(realm);
        PushNotifier notifier = session.getProvider(PushNotifier.class, chosen);
        if (notifier == null) {
            LOG.warnf(
                    "Realm %s chose the push notifier '%s', which this server does not have:"
                            + " the app polls",
                    realm.getName(), chosen);
            return session.getProvider(PushNotifier.class, PollNotifierFactory.ID);
        }
        return notifier;
    }

    /** The QR code's poll_only: set unless the realm wakes the app through a push service. */
    public static boolean pollOnly(RealmModel realm) {
        return PollNotifierFactory.ID.equals(chosen(realm));
    }

    private static String chosen(RealmModel realm) {
        return PortalSettings.of(realm).text(PortalSetting.PUSH_NOTIFIER);
    }
}
