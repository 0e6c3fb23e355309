package org.mfaportal.flow;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Every portal required action (a factor set up or changed, a PIN, a token associated) behind one
 * door: while Keycloak's brute-force protection has the user locked, nothing is shown or accepted,
 * not even the right code, and success is never reached (it would reset the failure count). Nor
 * does anything run from an emailed link for a user who already has a factor ({@link
 * EmailedLinks}).
 */
final class RefusedWhileLocked implements RequiredActionProvider {

    private final RequiredActionProvider action;

    RefusedWhileLocked(RequiredActionProvider action) {
        this.action = action;
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (!refused(context)) {
            action.requiredActionChallenge(context);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (!refused(context)) {
            action.processAction(context);
        }
    }

    private static boolean refused(RequiredActionContext context) {
        Optional<String> refusal =
                Lockout.of(context)
                        .map(Lockout.Lock::messageKey)
                        .or(
                                () ->
                                        EmailedLinks.refuses(context)
                                                ? Optional.of(EmailedLinks.FACTORS_NOT_CHANGED)
                                                : Optional.empty());
        refusal.ifPresent(
                key ->
                        context.challenge(
                                context.form()
                                        .setError(key)
                                        .createErrorPage(Response.Status.BAD_REQUEST)));
        return refusal.isPresent();
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        action.evaluateTriggers(context);
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return action.initiatedActionSupport();
    }

    @Override
    public void initiatedActionCanceled(
            KeycloakSession session, AuthenticationSessionModel authSession) {
        action.initiatedActionCanceled(session, authSession);
    }

    @Override
    public int getMaxAuthAge(KeycloakSession session) {
        return action.getMaxAuthAge(session);
    }

    @Override
    public void close() {
        action.close();
    }
}
