package org.mfaportal.push.notify;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Poll mode (privacyIDEA's "poll only"): nothing is sent; the app fetches its challenges. */
public final class PollNotifierFactory implements PushNotifierFactory {

    public static final String ID = "poll";

    private static final PushNotifier NOTHING_TO_SEND =
            (realm, user, device, challenge) -> {
                // The device polls /realms/{realm}/mfa-portal/push/{userRef}.
            };

    @Override
    public PushNotifier create(KeycloakSession session) {
        return NOTHING_TO_SEND;
    }

    @Override
    public void init(Config.Scope config) {
        // No options.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // Nothing held.
    }

    @Override
    public String getId() {
        return ID;
    }
}
