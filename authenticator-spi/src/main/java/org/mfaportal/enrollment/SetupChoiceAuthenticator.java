package org.mfaportal.enrollment;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.PasswordCredentialProvider;
import org.keycloak.credential.PasswordCredentialProviderFactory;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.EnrollmentMessages;
import org.mfaportal.catalog.Method;
import org.mfaportal.catalog.SecondFactors;
import org.mfaportal.catalog.SetupChoicePage;
import org.mfaportal.flow.Lockout;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;

/**
 * The seed's "User Setup" page: a user without any second factor chooses a method, whose setup then
 * runs as a required action. Configured only for such users, and never listed under "Try another
 * way" ({@link #getType}), so as one more alternative beside the methods it is invisible to
 * everyone who has one.
 */
final class SetupChoiceAuthenticator
        implements Authenticator, CredentialValidator<PasswordCredentialProvider> {

    /** A credential type no user holds: see {@link #getType}. */
    private static final String LISTED_FOR_NOBODY =
            SetupChoiceAuthenticatorFactory.ID + "-not-listed";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        if (!PortalSettings.of(context.getRealm()).flag(PortalSetting.ENROLLMENT_ALLOWED)) {
            // A clear dead end rather than a loop: only an administrator can help.
            deadEnd(context, EnrollmentMessages.NOT_ALLOWED);
            return;
        }
        List<Method> methods = SetupChoicePage.offeredIn(context.getRealm());
        if (methods.isEmpty()) {
            deadEnd(context, EnrollmentMessages.NONE_AVAILABLE);
            return;
        }
        context.challenge(SetupChoicePage.render(context.form(), methods, null, null));
    }

    /**
     * A page that ends this sign-in for a user who did nothing wrong: recorded as an event, never
     * as a failed attempt (a flow failure would count toward the brute-force lockout, on 26.5).
     */
    private static void deadEnd(AuthenticationFlowContext context, String message) {
        context.getEvent().clone().user(context.getUser()).error(Errors.NOT_ALLOWED);
        context.forceChallenge(
                context.form().setError(message).createErrorPage(Response.Status.FORBIDDEN));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // Locked (e.g. by wrong passwords in another tab since this page was shown): the sign-in
        // ends
        // here, as on every portal path, rather than completing toward a setup.
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            context.forceChallenge(
                    context.form()
                            .setError(lock.get().messageKey())
                            .createErrorPage(Response.Status.BAD_REQUEST));
            return;
        }
        Method method = ChosenSetup.of(context.getRealm(), context.getHttpRequest());
        if (method == null) {
            context.challenge(
                    SetupChoicePage.render(
                            context.form(),
                            SetupChoicePage.offeredIn(context.getRealm()),
                            null,
                            EnrollmentMessages.CHOOSE_ONE));
            return;
        }
        ChosenSetup.queue(
                context.getRealm(),
                context.getUser(),
                context.getAuthenticationSession(),
                method,
                context.getEvent());
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /**
     * Every user without a second factor, including one who chose a setup and left it unfinished
     * (issue 11.2): Keycloak runs a required action only after the flow succeeds, so with no
     * alternative configured the flow failed before reaching the pending setup, at every sign-in.
     * Such a user chooses again; see {@link #action}.
     */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return !SecondFactors.enrolled(session, user);
    }

    /**
     * Keycloak's "Try another way" lists every authenticator that is not a credential validator,
     * for every user, without asking configuredFor; a user with a method who chose this one met a
     * dead end (issue 11.5). As a validator of a type nobody holds it is never listed; a user
     * without a second factor still reaches it, as the one alternative configured for them.
     */
    @Override
    public String getType(KeycloakSession session) {
        return LISTED_FOR_NOBODY;
    }

    /** Never asked for an unlisted type; the password's provider, as the interface wants one. */
    @Override
    public PasswordCredentialProvider getCredentialProvider(KeycloakSession session) {
        return (PasswordCredentialProvider)
                session.getProvider(
                        CredentialProvider.class, PasswordCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing: this authenticator is the setup.
    }

    @Override
    public void close() {
        // Stateless.
    }
}
