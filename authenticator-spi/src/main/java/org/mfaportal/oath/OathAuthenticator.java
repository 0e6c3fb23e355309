package org.mfaportal.oath;

import java.time.Duration;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.OTPFormAuthenticator;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.catalog.DefaultMethod;
import org.mfaportal.catalog.RememberOffer;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;

/**
 * Keycloak's OTP form for third-party OATH tokens (the {@code otp} credential), offered as the
 * user's default method, or as a fallback where the realm's {@code oathFallback} is on. Used as a
 * fallback, the form must be finished within {@code oathFallbackSessionMinutes}; after that even
 * the right code is refused (not counted as a failure: the user did nothing wrong) until the
 * sign-in starts again. Wrong codes count in brute-force protection, as in Keycloak's form.
 */
final class OathAuthenticator extends OTPFormAuthenticator {

    /** A credential type no user has: see {@link #getType}. */
    private static final String NOT_OFFERED_TYPE = CredentialModel.OTP + "-not-offered";

    static final String FALLBACK_DETAIL = "mfa_oath_fallback";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        // Keycloak's form reuses this request's form provider, offer included
        // (catalog.RememberOffer).
        RememberOffer.on(context);
        if (role(context.getRealm(), context.getUser()).timeLimited()) {
            FallbackSession.startIn(context.getAuthenticationSession(), Time.currentTime());
        }
        super.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        boolean fallback = role(context.getRealm(), context.getUser()).timeLimited();
        context.getEvent()
                .detail(MethodEvents.METHOD, CredentialModel.OTP)
                .detail(FALLBACK_DETAIL, Boolean.toString(fallback));
        RememberOffer.on(context);
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            // Keycloak's form knows its brute-force lock, not the portal's fraud block.
            context.challenge(
                    context.form()
                            .setExecution(context.getExecution().getId())
                            .setError(lock.get().messageKey())
                            .createLoginTotp());
            return;
        }
        if (fallback && !sessionOpen(context)) {
            context.getEvent().user(context.getUser()).error(Errors.EXPIRED_CODE);
            // A challenge, not a failure: Keycloak counts failures in brute-force protection. A
            // page-wide
            // message (not one on the code field): the code may well be right.
            context.challenge(
                    context.form()
                            .setExecution(context.getExecution().getId())
                            .setError(OathMessages.FALLBACK_EXPIRED)
                            .createLoginTotp());
            return;
        }
        super.action(context);
    }

    private static boolean sessionOpen(AuthenticationFlowContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        long now = Time.currentTime();
        Duration length =
                Duration.ofMinutes(
                        PortalSettings.of(context.getRealm())
                                .number(PortalSetting.OATH_FALLBACK_SESSION_MINUTES));
        return FallbackSession.startIn(auth, now).isOpen(now, length);
    }

    private static TokenRole role(RealmModel realm, UserModel user) {
        return TokenRole.of(
                DefaultMethod.is(user, CredentialModel.OTP),
                PortalSettings.of(realm).flag(PortalSetting.OATH_FALLBACK));
    }

    /**
     * Keycloak tries first, and lists under "Try another way", the method of every credential type
     * the user holds, without asking configuredFor. Where the token is not offered to this user,
     * answer a type nobody holds (as the security questions do while their fallback is off).
     * configuredFor stays Keycloak's (the user holds a token): an administrator who makes this
     * execution REQUIRED gets the token asked for, not a second authenticator app set up.
     */
    @Override
    public String getType(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        AuthenticationSessionModel auth = session.getContext().getAuthenticationSession();
        UserModel user = auth == null ? null : auth.getAuthenticatedUser();
        if (realm == null || user == null || role(realm, user).offered()) {
            return CredentialModel.OTP;
        }
        return NOT_OFFERED_TYPE;
    }
}
