package org.mfaportal.enrollment;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.mfaportal.catalog.EnrollmentMessages;
import org.mfaportal.catalog.Method;
import org.mfaportal.catalog.SecondFactors;
import org.mfaportal.catalog.SetupChoicePage;
import org.mfaportal.flow.PortalRequiredAction;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * The invitation's action (issue 14.6): the same setup choice a user without a second factor meets
 * at sign-in, then the chosen method's setup, which Keycloak runs next as the user's own required
 * action. A user who has a second factor by now (the invitation was old, or sent twice) passes.
 */
final class EnrollRequiredAction extends PortalRequiredAction {

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (passedOrRefused(context)) {
            return;
        }
        context.challenge(
                SetupChoicePage.render(
                        context.form(), SetupChoicePage.offeredIn(context.getRealm()), null, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (passedOrRefused(context)) {
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

    /** Done with nothing to ask (already enrolled), or refused as at sign-in: true. */
    private static boolean passedOrRefused(RequiredActionContext context) {
        if (SecondFactors.enrolled(context.getSession(), context.getUser())) {
            context.success();
            return true;
        }
        String refusal = refusal(context);
        if (refusal != null) {
            context.challenge(
                    context.form().setError(refusal).createErrorPage(Response.Status.FORBIDDEN));
            return true;
        }
        return false;
    }

    /** Why no setup can be offered (a message key), or null; as at sign-in. */
    private static String refusal(RequiredActionContext context) {
        if (!PortalSettings.of(context.getRealm()).flag(PortalSetting.ENROLLMENT_ALLOWED)) {
            return EnrollmentMessages.NOT_ALLOWED;
        }
        return SetupChoicePage.offeredIn(context.getRealm()).isEmpty()
                ? EnrollmentMessages.NONE_AVAILABLE
                : null;
    }
}
