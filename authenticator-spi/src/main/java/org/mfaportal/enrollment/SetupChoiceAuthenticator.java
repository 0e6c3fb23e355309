package org.mfaportal.enrollment;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.PasswordCredentialProvider;
import org.keycloak.credential.PasswordCredentialProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.RequiredActions;
import org.mfaportal.oath.OathAssociateRequiredActionFactory;
import org.mfaportal.phone.OpenCall;
import org.mfaportal.push.enrollment.PushSetupRequiredActionFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.sms.SmsSetupRequiredActionFactory;
import org.mfaportal.voice.VoiceSetupRequiredActionFactory;

/**
 * The seed's "User Setup" page: a user without any second factor chooses a method, whose setup
 * then runs as a required action. Configured only for such users, and never listed under "Try
 * another way" ({@link #getType}), so as one more alternative beside the methods it is invisible to
 * everyone who has one.
 */
final class SetupChoiceAuthenticator implements Authenticator, CredentialValidator<PasswordCredentialProvider> {

    static final String TEMPLATE = "mfa-setup-choice.ftl";
    static final String METHOD_FIELD = "method";
    /** A credential type no user holds: see {@link #getType}. */
    private static final String LISTED_FOR_NOBODY = SetupChoiceAuthenticatorFactory.ID + "-not-listed";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        OpenCall.cancelLeftOver(context.getSession(), context.getAuthenticationSession());
        if (!PortalSettings.of(context.getRealm()).flag(PortalSetting.ENROLLMENT_ALLOWED)) {
            // A clear dead end rather than a loop: only an administrator can help.
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED,
                    context.form().setError(EnrollmentMessages.NOT_ALLOWED).createErrorPage(Response.Status.FORBIDDEN));
            return;
        }
        List<SetupMethod> methods = SetupMethod.offeredIn(context.getRealm());
        if (methods.isEmpty()) {
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED,
                    context.form().setError(EnrollmentMessages.NONE_AVAILABLE).createErrorPage(Response.Status.FORBIDDEN));
            return;
        }
        context.challenge(page(context, methods, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // Locked (e.g. by wrong passwords in another tab since this page was shown): the sign-in ends
        // here, as on every portal path, rather than completing toward a setup.
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            context.forceChallenge(context.form().setError(lock.get().messageKey()).createErrorPage(Response.Status.BAD_REQUEST));
            return;
        }
        List<SetupMethod> methods = SetupMethod.offeredIn(context.getRealm());
        String chosen = context.getHttpRequest().getDecodedFormParameters().getFirst(METHOD_FIELD);
        SetupMethod method = methods.stream().filter(m -> m.requiredAction().equals(chosen)).findFirst().orElse(null);
        if (method == null) {
            context.challenge(page(context, methods, EnrollmentMessages.CHOOSE_ONE));
            return;
        }
        // A setup chosen earlier and left unfinished gives way to this choice: one setup runs, not two.
        methods.forEach(m -> context.getUser().removeRequiredAction(m.requiredAction()));
        context.getUser().addRequiredAction(method.requiredAction());
        context.getEvent().detail("mfa_setup", method.requiredAction());
        context.success();
    }

    private static Response page(AuthenticationFlowContext context, List<SetupMethod> methods, String error) {
        var form = context.form().setAttribute("mfaSetupMethods", methods);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
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
     * Keycloak's "Try another way" lists every authenticator that is not a credential validator, for
     * every user, without asking configuredFor; a user with a method who chose this one met a dead
     * end (issue 11.5). As a validator of a type nobody holds it is never listed; a user without a
     * second factor still reaches it, as the one alternative configured for them.
     */
    @Override
    public String getType(KeycloakSession session) {
        return LISTED_FOR_NOBODY;
    }

    /** Never asked for an unlisted type; the password's provider, as the interface wants one. */
    @Override
    public PasswordCredentialProvider getCredentialProvider(KeycloakSession session) {
        return (PasswordCredentialProvider) session.getProvider(CredentialProvider.class, PasswordCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing: this authenticator is the setup.
    }

    @Override
    public void close() {
        // Stateless.
    }

    /** A method the page offers: its setup action, the message keys of its name, and the settings it needs. */
    public record SetupMethod(String requiredAction, String labelKey, String descriptionKey, List<PortalSetting> needs) {

        /** Known methods, in the order the page lists them; offered when their setup action is enabled in the realm. */
        private static final List<SetupMethod> KNOWN = List.of(
                new SetupMethod(VoiceSetupRequiredActionFactory.ID, "mfaVoiceDisplayName", "mfaVoiceHelpText", List.of()),
                new SetupMethod(SmsSetupRequiredActionFactory.ID, "mfaSmsDisplayName", "mfaSmsHelpText", List.of()),
                new SetupMethod(PushSetupRequiredActionFactory.ID, "mfaPushDisplayName", "mfaPushHelpText",
                        List.of(PortalSetting.MOBILE_APP_ALLOWED)),
                new SetupMethod(UserModel.RequiredAction.CONFIGURE_TOTP.name(), "mfaOathDisplayName", "mfaOathHelpText", List.of()),
                // The seed's "prompt for third-party OATH token" at enrollment.
                new SetupMethod(OathAssociateRequiredActionFactory.ID, "mfaOathAssociateTitle", "mfaOathHelpText",
                        List.of(PortalSetting.ENROLLMENT_ASKS_OATH_TOKEN, PortalSetting.OATH_ASSOCIATION_ALLOWED)));

        static List<SetupMethod> offeredIn(RealmModel realm) {
            PortalSettings settings = PortalSettings.of(realm);
            return KNOWN.stream()
                    .filter(method -> RequiredActions.enabled(realm, method.requiredAction())
                            && method.needs().stream().allMatch(settings::flag))
                    .toList();
        }
    }
}
