package org.mfaportal.waiting;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * "mfa-hangup": how the phone layer ends what a sign-in left open, without the methods knowing it.
 */
public final class HangupSpi implements Spi {

    public static final String NAME = "mfa-hangup";

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
        return Hangup.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return HangupFactory.class;
    }
}
