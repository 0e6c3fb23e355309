package org.mfaportal.push.notify;

import org.keycloak.provider.ProviderFactory;

public interface PushNotifierFactory extends ProviderFactory<PushNotifier> {}
