package org.mfaportal.phone.gateway;

import org.keycloak.provider.ProviderFactory;

public interface PhoneGatewayFactory extends ProviderFactory<PhoneGateway> {}
