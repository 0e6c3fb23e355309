package org.mfaportal.push.notify;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushDevice;

/**
 * Tells a device that a challenge waits for it. The default, {@code poll}, does nothing: the app
 * polls. A Firebase or APNs provider would wake the app here, without touching the sign-in flow.
 * Choose one with {@code --spi-mfa-push-notifier--provider=...}.
 */
public interface PushNotifier extends Provider {

    void notify(RealmModel realm, UserModel user, PushDevice device, Challenge challenge);

    @Override
    default void close() {
        // Notifiers hold no per-session resources.
    }
}
