package org.mfaportal.phone;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.waiting.Hangup;

/**
 * Ends a call a sign-in left (see {@link org.mfaportal.waiting.LeftOpen}): the gateway cancels it.
 */
final class CallHangup implements Hangup {

    private static final Logger LOG = Logger.getLogger(CallHangup.class);

    private final KeycloakSession session;

    CallHangup(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void hangUp(String callId) {
        PhoneGateway gateway = session.getProvider(PhoneGateway.class);
        if (gateway == null) {
            return;
        }
        try {
            gateway.cancelCall(callId);
        } catch (RuntimeException e) {
            // Refused or not reached (GatewayException, or a provider's own failure): the ticket is
            // closed, so the call can no longer confirm anything; it just rings out.
            LOG.warnf(
                    "The %s gateway did not cancel call %s: %s",
                    gateway.name(), callId, e.getMessage());
        }
    }
}
