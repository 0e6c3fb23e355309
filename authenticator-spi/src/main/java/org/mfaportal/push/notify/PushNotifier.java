package org.mfaportal.push.notify;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushDevice;

/**
 * Tells a device that a challenge waits for it, once the challenge is stored. {@code poll} does
 * nothing: the app polls; {@code firebase} (push.firebase) wakes the app through Firebase Cloud
 * Messaging. Each realm chooses one with its {@code pushNotifier} setting ({@link RealmNotifier}).
 * A notifier never fails or delays the sign-in: the app polls whatever becomes of the message.
 */
public interface PushNotifier extends Provider {

    void notify(RealmModel realm, UserModel user, PushDevice device, Challenge challenge);

    @Override
    default void close() {
        // Notifiers hold no per-session resources.
    }
}
