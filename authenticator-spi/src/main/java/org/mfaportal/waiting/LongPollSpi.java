package org.mfaportal.waiting;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * "mfa-waiting-polls": where a node keeps the waiting pages' polls it holds open, and its bounds
 * (node options {@code --spi-mfa-waiting-polls--default--max-per-ticket|client|node}).
 */
public final class LongPollSpi implements Spi {

    public static final String NAME = "mfa-waiting-polls";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return LongPoll.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return LongPollFactory.class;
    }
}
