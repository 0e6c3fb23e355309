package org.mfaportal.phone.gateway;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Our own SPI, "mfa-phone-gateway": kept small so that it outlives Keycloak versions. */
public final class PhoneGatewaySpi implements Spi {

    public static final String NAME = "mfa-phone-gateway";

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
        return PhoneGateway.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PhoneGatewayFactory.class;
    }
}
