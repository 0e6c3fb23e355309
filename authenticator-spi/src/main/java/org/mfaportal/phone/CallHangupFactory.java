package org.mfaportal.phone;

import org.keycloak.models.KeycloakSession;
import org.mfaportal.waiting.Hangup;
import org.mfaportal.waiting.HangupFactory;

/** Registers {@link CallHangup}: calls are what the phone layer leaves open. */
public final class CallHangupFactory implements HangupFactory {

    @Override
    public Hangup create(KeycloakSession session) {
        return new CallHangup(session);
    }

    @Override
    public String getId() {
        return "mfa-phone-call";
    }
}
