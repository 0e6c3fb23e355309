package org.mfaportal.catalog;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.Constants;
import org.mfaportal.waiting.LeftOpen;

/**
 * "Back to the choice of methods" on a method's setup page during a sign-in (issue 12.4): the setup
 * choice again, inside the setup action, so the sign-in goes on without asking for the password
 * again. Choosing another method hands over to that method's setup; nothing of the first one is
 * stored. Not within the account console's "Set up" (an application-initiated action): that has
 * "Cancel".
 */
public final class BackToSetupChoice {

    /** The button on setup pages. */
    public static final String BACK = "mfaBackToChoice";

    private BackToSetupChoice() {}

    /**
     * Where the templates show the button: not in an application-initiated action (their
     * isAppInitiatedAction).
     */
    public static boolean offered(RequiredActionContext context) {
        return context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_EXECUTING)
                == null;
    }

    /**
     * Answers the request when it is about the choice: "back" shows it; a choice of this same
     * method starts its setup again, another method's setup takes over ({@code giveUp} forgets this
     * one's pending state). False: the request is the setup's own.
     */
    public static boolean handled(
            RequiredActionContext context, RequiredActionProvider self, Runnable giveUp) {
        if (!offered(context)) {
            return false;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String current = context.getAction();
        List<Method> methods = SetupChoicePage.offeredIn(context.getRealm());
        if (form.containsKey(BACK)) {
            // Leaving this setup: a confirmation call it placed must not ring on, nor count later.
            LeftOpen.close(context.getSession(), context.getAuthenticationSession());
            context.challenge(SetupChoicePage.render(context.form(), methods, current, null));
            return true;
        }
        // The choice's radio buttons; no setup page has a field of that name.
        if (!form.containsKey(SetupChoicePage.METHOD_FIELD)) {
            return false;
        }
        String chosen = form.getFirst(SetupChoicePage.METHOD_FIELD);
        if (current.equals(chosen)) {
            self.requiredActionChallenge(context);
        } else if (SetupChoicePage.chosen(methods, chosen) != null) {
            LeftOpen.close(context.getSession(), context.getAuthenticationSession());
            giveUp.run();
            context.getUser().addRequiredAction(chosen);
            // Keycloak records this action as done (nothing stored) and runs the chosen one next.
            context.getEvent().detail("mfa_setup", chosen);
            context.success();
        } else {
            context.challenge(
                    SetupChoicePage.render(
                            context.form(), methods, current, EnrollmentMessages.CHOOSE_ONE));
        }
        return true;
    }
}
