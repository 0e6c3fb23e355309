package org.mfaportal.remember;

import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.SecondFactors;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.SkippedSecondStep;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Matches when the second step is needed, i.e. unless this browser is one the user asked to
 * remember. Never skips: where the realm turned remembering off, a user without a second factor
 * (keycloak#21837: setup must not be skipped), a locked user, or a client asking for a level of
 * authentication.
 */
final class RememberedBrowserCondition implements ConditionalAuthenticator {

    static final String SKIP_REASON = "remembered_browser";

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        RealmModel realm = context.getRealm();
        PortalSettings settings = PortalSettings.of(realm);
        int days = settings.number(PortalSetting.REMEMBER_BROWSER_DAYS);
        if (user == null
                || days == 0
                || !SecondFactors.enrolled(context.getSession(), user)
                || Lockout.of(context.getSession(), realm, user).isPresent()
                || StepUp.requested(context.getAuthenticationSession())) {
            return true;
        }
        Optional<String> cookie = BrowserCookie.read(context.getSession());
        if (cookie.isEmpty()) {
            return true;
        }
        return RememberedBrowsers.recognise(
                        user,
                        cookie.get(),
                        days,
                        settings.flag(PortalSetting.FORGET_BROWSERS_ON_PASSWORD_CHANGE))
                .map(
                        browser -> {
                            SkippedSecondStep.record(
                                    context,
                                    SKIP_REASON,
                                    Map.of(
                                            SkippedSecondStep.REMEMBERED_BROWSER_DETAIL,
                                            browser.id()));
                            return false;
                        })
                .orElse(true);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // A condition has no form.
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing to set up.
    }

    @Override
    public void close() {
        // Stateless.
    }
}
