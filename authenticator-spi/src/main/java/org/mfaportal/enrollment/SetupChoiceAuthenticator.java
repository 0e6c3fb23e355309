package org.mfaportal.enrollment;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.RequiredActions;
import org.mfaportal.oath.OathAssociateRequiredActionFactory;
import org.mfaportal.push.enrollment.PushSetupRequiredActionFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.sms.SmsSetupRequiredActionFactory;
import org.mfaportal.voice.VoiceSetupRequiredActionFactory;

/**
 * The seed's "User Setup" page: a user without any second factor chooses a method, whose setup
 * then runs as a required action. Configured only for such users, so as one more alternative
 * beside the methods it is invisible to everyone who has one.
 */
final class SetupChoiceAuthenticator implements Authenticator {

    static final String TEMPLATE = "mfa-setup-choice.ftl";
    static final String METHOD_FIELD = "method";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
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
        List<SetupMethod> methods = SetupMethod.offeredIn(context.getRealm());
        String chosen = context.getHttpRequest().getDecodedFormParameters().getFirst(METHOD_FIELD);
        SetupMethod method = methods.stream().filter(m -> m.requiredAction().equals(chosen)).findFirst().orElse(null);
        if (method == null) {
            context.challenge(page(context, methods, EnrollmentMessages.CHOOSE_ONE));
            return;
        }
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

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return !SecondFactors.enrolled(session, user) && !hasPendingSetup(realm, user);
    }

    /** A setup the user already chose (and may have cancelled midway) runs again as a required action. */
    private static boolean hasPendingSetup(RealmModel realm, UserModel user) {
        List<String> pending = user.getRequiredActionsStream().toList();
        return SetupMethod.offeredIn(realm).stream().anyMatch(m -> pending.contains(m.requiredAction()));
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
