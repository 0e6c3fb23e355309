package org.mfaportal.waiting;

import org.keycloak.provider.Provider;

/** Ends something {@link LeftOpen} closed (the phone layer: the gateway cancels the call). */
public interface Hangup extends Provider {

    /**
     * Ends it by the id the outside world gave it; a failure is logged, never thrown: the ticket is
     * closed already.
     */
    void hangUp(String externalId);

    @Override
    default void close() {
        // Nothing held per session.
    }
}
