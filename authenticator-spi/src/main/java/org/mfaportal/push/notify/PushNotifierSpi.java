package org.mfaportal.push.notify;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Our own SPI, "mfa-push-notifier": one method, so that push delivery can be added without the
 * flow.
 */
public final class PushNotifierSpi implements Spi {

    public static final String NAME = "mfa-push-notifier";

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
        return PushNotifier.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PushNotifierFactory.class;
    }
}
