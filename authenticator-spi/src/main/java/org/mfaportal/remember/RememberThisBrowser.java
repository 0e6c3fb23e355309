package org.mfaportal.remember;

import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.RememberOffer;
import org.mfaportal.catalog.SecondFactors;
import org.mfaportal.flow.Lockout;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * After a completed second step: where the user ticked "Don't ask again on this browser" and the
 * realm allows it, the browser is remembered and gets its cookie.
 */
public final class RememberThisBrowser {

    static final String REMEMBERED_DETAIL = "mfa_browser_remembered";

    private RememberThisBrowser() {}

    public static void ifTicked(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        int days = PortalSettings.of(realm).number(PortalSetting.REMEMBER_BROWSER_DAYS);
        if (days == 0
                || user == null
                || !RememberOffer.ticked(context.getHttpRequest().getDecodedFormParameters())
                || !SecondFactors.enrolled(context.getSession(), user)
                || Lockout.of(context.getSession(), realm, user).isPresent()) {
            return;
        }
        String userAgent =
                context.getHttpRequest().getHttpHeaders().getHeaderString(HttpHeaders.USER_AGENT);
        BrowserToken token = RememberedBrowsers.remember(user, userAgent, days);
        BrowserCookie.set(
                context.getSession(),
                realm,
                token.cookieValue(),
                (int) Duration.ofDays(days).toSeconds());
        context.getEvent().detail(REMEMBERED_DETAIL, token.recordId());
    }
}
