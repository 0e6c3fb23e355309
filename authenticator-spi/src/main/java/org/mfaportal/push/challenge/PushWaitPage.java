package org.mfaportal.push.challenge;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.waiting.TicketPoll;

/**
 * The page that waits for the phone: it shows the number to pick (number matching) and long-polls
 * the challenge's ticket, submitting the form the moment the answer lands on any node. Without a
 * ticket (nothing was sent, or it ended) it only says why and offers a new request.
 */
public final class PushWaitPage {

    public static final String TEMPLATE = "mfa-push-wait.ftl";
    public static final String FORM = "mfa-push-wait-form";

    /** Form field: send a new request. */
    public static final String AGAIN = "again";

    /**
     * Attribute: seconds after which the page sends a new request by itself (another browser's
     * request has expired).
     */
    public static final String RETRY_AFTER = "mfaRetryAfter";

    /**
     * What the page says; {@code number} is null without number matching, {@code ticketId} null
     * when nothing waits.
     */
    public record View(String titleKey, String ticketId, String number, String againKey) {}

    private PushWaitPage() {}

    /** Renders the view; put any error on the form first (form.setError). */
    public static Response render(
            LoginFormsProvider form, KeycloakSession session, RealmModel realm, View view) {
        form.setAttribute("mfaTitleKey", view.titleKey())
                .setAttribute("mfaAgainKey", view.againKey());
        if (view.number() != null) {
            form.setAttribute("mfaPushNumber", view.number());
        }
        if (view.ticketId() != null) {
            form.setAttribute(
                    "mfaStateUrl", TicketPoll.forPage(session, realm, view.ticketId()).toString());
        }
        return form.createForm(TEMPLATE);
    }
}
