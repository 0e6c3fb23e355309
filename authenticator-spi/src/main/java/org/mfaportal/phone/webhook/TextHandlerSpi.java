package org.mfaportal.phone.webhook;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * "mfa-phone-text-handler": how methods register their text webhook handlers with the phone layer.
 */
public final class TextHandlerSpi implements Spi {

    public static final String NAME = "mfa-phone-text-handler";

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
        return TextHandler.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return TextHandlerFactory.class;
    }
}
