package org.mfaportal.flow;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.messages.Messages;

/**
 * The one place that asks Keycloak's brute-force protection (and the portal's {@link FraudBlock})
 * about a user, and tells it of a wrong answer: at a sign-in step ({@link #wrongAnswer}), anywhere
 * else ({@link #countFailure}); both count directly, never through the flow's failure, which
 * Keycloak 26.7 counts by the authenticator's category. Nothing else in the portal reports a
 * failure. Keycloak's flow asks only at the password; its OTP form asks again before looking at a
 * code. Every portal path that checks, sets up or changes a factor must ask too (issue 11.1): a
 * user locked by wrong answers in another tab would otherwise finish with the right one, and the
 * success would reset the failure count.
 */
public final class Lockout {

    /**
     * How the user is locked, with Keycloak's own event error and message (the password form's).
     */
    public enum Lock {
        TEMPORARY(Errors.USER_TEMPORARILY_DISABLED, Messages.ACCOUNT_TEMPORARILY_DISABLED),
        PERMANENT(Errors.USER_DISABLED, Messages.ACCOUNT_PERMANENTLY_DISABLED),
        /** Blocked for some days after a fraud report ({@link FraudBlock}). */
        FRAUD_BLOCK(Errors.USER_TEMPORARILY_DISABLED, Messages.ACCOUNT_TEMPORARILY_DISABLED);

        private final String eventError;
        private final String messageKey;

        Lock(String eventError, String messageKey) {
            this.eventError = eventError;
            this.messageKey = messageKey;
        }

        public String eventError() {
            return eventError;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private Lockout() {}

    /** The user's lock now, if any. */
    public static Optional<Lock> of(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null) {
            return Optional.empty();
        }
        if (FraudBlock.blocked(user)) {
            return Optional.of(Lock.FRAUD_BLOCK);
        }
        String error =
                AuthenticatorUtils.getDisabledByBruteForceEventError(
                        session.getProvider(BruteForceProtector.class), session, realm, user);
        if (error == null) {
            return Optional.empty();
        }
        return Optional.of(
                Errors.USER_TEMPORARILY_DISABLED.equals(error) ? Lock.TEMPORARY : Lock.PERMANENT);
    }

    /**
     * The lock of this sign-in step's user, with the event recorded; the caller refuses with its
     * message.
     */
    public static Optional<Lock> of(AuthenticationFlowContext context) {
        Optional<Lock> lock = of(context.getSession(), context.getRealm(), context.getUser());
        lock.ifPresent(l -> context.getEvent().user(context.getUser()).error(l.eventError()));
        return lock;
    }

    /**
     * The lock of this required action's user, with the event recorded; the caller refuses with its
     * message.
     */
    public static Optional<Lock> of(RequiredActionContext context) {
        Optional<Lock> lock = of(context.getSession(), context.getRealm(), context.getUser());
        lock.ifPresent(
                l -> context.getEvent().clone().user(context.getUser()).error(l.eventError()));
        return lock;
    }

    /** True (and the event recorded) when the user of this sign-in step is locked out now. */
    public static boolean lockedOut(AuthenticationFlowContext context) {
        return of(context).isPresent();
    }

    /**
     * A wrong answer at a sign-in step (a typed code, the security answers), counted as Keycloak's
     * flow counts a wrong password; the page says what was wrong. Counted here, not through {@code
     * context.failureChallenge}: from 26.7 on, the flow counts a step's failure only when its
     * authenticator's reference category is password, otp or recovery-authn-codes, and the portal's
     * methods declare their own credential types (the account console groups credentials by them).
     * On 26.5, failureChallenge is this same count followed by this same challenge.
     */
    public static void wrongAnswer(AuthenticationFlowContext context, Response page) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (realm.isBruteForceProtected()) {
            UserModel user =
                    AuthenticationManager.lookupUserForBruteForceLog(
                            session, realm, context.getAuthenticationSession());
            if (user != null) {
                countFailure(session, realm, user);
            }
        }
        context.challenge(page);
    }

    /**
     * A wrong answer given outside an authenticator's failure (a webhook, a device, a required
     * action), counted as Keycloak counts a wrong password.
     */
    public static void countFailure(RequiredActionContext context) {
        countFailure(context.getSession(), context.getRealm(), context.getUser());
    }

    /**
     * As {@link #countFailure(RequiredActionContext)}, where there is no flow (a webhook, a
     * device's answer).
     */
    public static void countFailure(KeycloakSession session, RealmModel realm, UserModel user) {
        BruteForceFailures.failedLogin(
                session.getProvider(BruteForceProtector.class),
                realm,
                user,
                session.getContext().getConnection(),
                session.getContext().getUri());
    }
}
