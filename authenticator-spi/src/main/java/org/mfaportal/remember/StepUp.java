package org.mfaportal.remember;

import org.keycloak.models.Constants;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Whether the client asks this sign-in for a level of authentication (OIDC {@code acr_values}, an
 * acr in {@code claims}, or the client's default ACR values): Keycloak's authorization endpoint
 * then notes the requested level on the authentication session. A remembered browser proves no
 * level, so it never answers such a request.
 */
final class StepUp {

    private StepUp() {}

    static boolean requested(AuthenticationSessionModel authSession) {
        return authSession != null
                && (authSession.getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION) != null
                        || authSession.getClientNote(Constants.FORCE_LEVEL_OF_AUTHENTICATION)
                                != null);
    }
}
