package org.mfaportal.voice;

import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.webhook.CallHandler;
import org.mfaportal.phone.webhook.CallHandlerFactory;

/**
 * Registers the voice method's call webhooks with the phone layer, under the voice credential type.
 */
public final class VoiceCallHandlerFactory implements CallHandlerFactory {

    @Override
    public CallHandler create(KeycloakSession session) {
        return new CallWebhooks(session);
    }

    @Override
    public String getId() {
        return VoiceCredential.TYPE;
    }
}
