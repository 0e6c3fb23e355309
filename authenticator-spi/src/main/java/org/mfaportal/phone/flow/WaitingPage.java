package org.mfaportal.phone.flow;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.waiting.TicketPoll;

/**
 * The page that waits for a call or a text reply. Its script long-polls the ticket's state and
 * submits the form the moment the outcome lands, whichever node received the webhook. Without a
 * ticket (nothing went out, or it already ended) it only offers to try again.
 */
public final class WaitingPage {

    public static final String TEMPLATE = "mfa-phone-wait.ftl";

    /** Form fields of the waiting page. */
    public static final String AGAIN = "again";

    public static final String BACKUP = "backup";

    /** What the page says and offers. */
    public record View(
            String ticketId,
            String titleKey,
            String instructionKey,
            String maskedPhone,
            String againKey,
            boolean offerBackup) {

        public View withoutTicket() {
            return new View(null, titleKey, null, maskedPhone, againKey, offerBackup);
        }
    }

    private WaitingPage() {}

    /** Renders the view; put any error on the form first (form.setError). */
    public static Response render(
            LoginFormsProvider form, KeycloakSession session, RealmModel realm, View view) {
        form.setAttribute("mfaTitleKey", view.titleKey())
                .setAttribute("mfaInstructionKey", view.instructionKey())
                .setAttribute("mfaPhone", view.maskedPhone())
                .setAttribute("mfaAgainKey", view.againKey())
                .setAttribute("mfaOfferBackup", view.offerBackup());
        if (view.ticketId() != null) {
            form.setAttribute(
                    "mfaStateUrl", TicketPoll.forPage(session, realm, view.ticketId()).toString());
        }
        return form.createForm(TEMPLATE);
    }
}
