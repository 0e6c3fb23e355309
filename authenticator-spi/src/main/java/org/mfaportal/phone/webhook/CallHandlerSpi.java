package org.mfaportal.phone.webhook;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * "mfa-phone-call-handler": how methods register their call webhook handlers with the phone layer.
 */
public final class CallHandlerSpi implements Spi {

    public static final String NAME = "mfa-phone-call-handler";

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
        return CallHandler.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return CallHandlerFactory.class;
    }
}
