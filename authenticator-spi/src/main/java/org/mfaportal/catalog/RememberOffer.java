package org.mfaportal.catalog;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * The "Don't ask again on this browser for N days" box on the second step's sign-in pages (issue
 * 17.1): each method's authenticator builds its page with {@link #on}; the box shows where the
 * realm allows it (mfa-fields.ftl, macro rememberBrowser), and remember.RememberThisBrowser reads
 * it once the step has succeeded.
 */
public final class RememberOffer {

    /** Template attribute: the realm's number of days, present only where the box is offered. */
    public static final String DAYS_ATTRIBUTE = "mfaRememberDays";

    /** The box's form field. */
    public static final String FIELD = "mfaRememberBrowser";

    private RememberOffer() {}

    /** The step's form, with the offer where the realm makes it. */
    public static LoginFormsProvider on(AuthenticationFlowContext context) {
        LoginFormsProvider form = context.form();
        int days =
                PortalSettings.of(context.getRealm()).number(PortalSetting.REMEMBER_BROWSER_DAYS);
        if (days > 0) {
            form.setAttribute(DAYS_ATTRIBUTE, days);
        }
        return form;
    }

    public static boolean ticked(MultivaluedMap<String, String> form) {
        return form != null && "on".equals(form.getFirst(FIELD));
    }
}
