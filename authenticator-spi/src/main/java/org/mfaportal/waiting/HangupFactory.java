package org.mfaportal.waiting;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Registers a {@link Hangup}. */
public interface HangupFactory extends ProviderFactory<Hangup> {

    @Override
    default void init(Config.Scope config) {
        // No options.
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    default void close() {
        // Nothing held.
    }
}
