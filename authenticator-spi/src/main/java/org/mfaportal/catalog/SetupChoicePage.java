package org.mfaportal.catalog;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;
import org.mfaportal.flow.RequiredActions;
import org.mfaportal.settings.PortalSettings;

/**
 * The page where a user without a second factor chooses a method to set up: shown by the setup
 * choice of the sign-in flow, and again by "back to the choice" on a method's setup page.
 */
public final class SetupChoicePage {

    public static final String TEMPLATE = "mfa-setup-choice.ftl";

    /** The radio buttons' name; no setup page has a field of that name. */
    public static final String METHOD_FIELD = "method";

    private SetupChoicePage() {}

    /** The methods the page offers in this realm. */
    public static List<Method> offeredIn(RealmModel realm) {
        return Method.offeredForSetup(
                PortalSettings.of(realm), action -> RequiredActions.enabled(realm, action));
    }

    /** The method whose setup action was chosen, among those offered; null for anything else. */
    public static Method chosen(List<Method> offered, String setupAction) {
        return offered.stream()
                .filter(method -> method.setupAction().equals(setupAction))
                .findFirst()
                .orElse(null);
    }

    /**
     * Renders the choice; {@code current} (may be null) is the setup already running, {@code error}
     * a message key or null.
     */
    public static Response render(
            LoginFormsProvider form, List<Method> offered, String current, String error) {
        form.setAttribute("mfaSetupMethods", offered);
        if (current != null) {
            form.setAttribute("mfaSetupCurrent", current);
        }
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }
}
