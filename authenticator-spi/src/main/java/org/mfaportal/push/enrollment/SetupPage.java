package org.mfaportal.push.enrollment;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.waiting.TicketPoll;

/**
 * The activation pages: the device's name; then the activation code, URL and QR code, waiting (long
 * poll on the offer's ticket) for the app; then "Authenticate Me Now".
 */
final class SetupPage {

    static final String TEMPLATE = "mfa-push-setup.ftl";
    static final String FORM = "mfa-push-setup-form";

    /** Form fields. */
    static final String NAME = "name";

    static final String GENERATE = "generate";
    static final String AUTHENTICATE = "authenticate";

    /**
     * Attribute: the user has the most devices allowed, so the page offers no name field to fill in
     * vain.
     */
    static final String AT_LIMIT = "mfaPushAtLimit";

    /** The activation step's contents. */
    record Activation(
            String code, String url, String link, String qrDataUri, int minutes, String ticketId) {}

    private SetupPage() {}

    static Response name(LoginFormsProvider form, String typedName) {
        return form.setAttribute("mfaPushPhase", "name")
                .setAttribute("mfaPushName", typedName == null ? "" : typedName)
                .createForm(TEMPLATE);
    }

    static Response activation(
            LoginFormsProvider form,
            KeycloakSession session,
            RealmModel realm,
            Activation activation) {
        return form.setAttribute("mfaPushPhase", "activation")
                .setAttribute("mfaPushCode", activation.code())
                .setAttribute("mfaPushUrl", activation.url())
                .setAttribute("mfaPushQr", activation.qrDataUri())
                // The QR code's otpauth:// link itself, for a phone that cannot scan its own screen
                // (issue 11.6).
                .setAttribute("mfaPushLink", activation.link())
                .setAttribute("mfaPushMinutes", activation.minutes())
                .setAttribute(
                        "mfaStateUrl",
                        TicketPoll.forPage(session, realm, activation.ticketId()).toString())
                .createForm(TEMPLATE);
    }

    static Response ready(LoginFormsProvider form, String deviceName) {
        return form.setAttribute("mfaPushPhase", "ready")
                .setAttribute("mfaPushName", deviceName)
                .createForm(TEMPLATE);
    }
}
