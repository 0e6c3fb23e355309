package org.mfaportal.phone.webhook;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Registers a method's {@link CallHandler}; its id is the method's credential type. */
public interface CallHandlerFactory extends ProviderFactory<CallHandler> {

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
