package org.mfaportal.flow;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;

/**
 * Keycloak's flow does not ask the brute-force protector again after the password; its OTP form
 * does so itself before accepting a code. The out-of-band methods (a call, a push) must too, or a
 * user locked out by wrong PINs or numbers during this sign-in could still finish it.
 */
public final class Lockout {

    private Lockout() {
    }

    /** True (and the event recorded) when the user is locked out now. */
    public static boolean lockedOut(AuthenticationFlowContext context) {
        String error = AuthenticatorUtils.getDisabledByBruteForceEventError(context, context.getUser());
        if (error == null) {
            return false;
        }
        context.getEvent().user(context.getUser()).error(error);
        return true;
    }
}
