package org.mfaportal.phone.webhook;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Registers a method's {@link TextHandler}; its id is the method's credential type. */
public interface TextHandlerFactory extends ProviderFactory<TextHandler> {

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
