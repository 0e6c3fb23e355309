package org.mfaportal.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.Lockout;
import org.mfaportal.phone.TicketPins;
import org.mfaportal.phone.gateway.WebhookEvent;
import org.mfaportal.phone.webhook.TextHandler;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * Two-way texts: the user replies to our text with the code (and PIN). The reply counts only from
 * the number we texted, for a live ticket, once (the phone layer refuses a replayed message).
 * Registered with the phone layer as the text method's {@link TextHandler}.
 */
public final class TextReplies implements TextHandler {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tickets tickets;

    TextReplies(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.tickets = new Tickets(session);
    }

    /** Where a reply from this number is looked up. */
    public static String indexKey(RealmModel realm, String e164) {
        return "reply:" + realm.getId() + ":" + e164;
    }

    @Override
    public boolean received(WebhookEvent.InboundText text) {
        Ticket ticket =
                tickets.byIndex(indexKey(realm, text.from()))
                        .filter(
                                t ->
                                        t.state() == Ticket.State.PENDING
                                                && realm.getId().equals(t.note(Ticket.REALM)))
                        .orElse(null);
        if (ticket == null) {
            // Not a number we are waiting on (or too late): nothing to decide.
            return false;
        }
        switch (OptOutKeywords.of(text.body())) {
            case OPT_OUT -> {
                // The gateway now blocks texts to this number: the page offers another way; no
                // failed sign-in.
                tickets.settle(ticket, Ticket.State.REPLIES_STOPPED);
                return true;
            }
            case OPT_IN, HELP -> {
                // The gateway answers these itself; the code may still come.
                return true;
            }
            case NONE -> {
                // A reply to judge.
            }
        }
        UserModel user = session.users().getUserById(realm, ticket.note(Ticket.USER));
        String expected = ticket.note(Ticket.CODE);
        TextReply reply = TextReply.parse(text.body(), expected.length());
        Ticket.State outcome;
        if (user == null) {
            outcome = Ticket.State.FAILED;
        } else if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                reply.code().getBytes(StandardCharsets.UTF_8))) {
            outcome = Ticket.State.WRONG_CODE;
        } else if (ticket.pinRequired()
                && !TicketPins.matches(session, realm, ticket, user, reply.pin())) {
            outcome = Ticket.State.WRONG_PIN;
        } else {
            outcome = Ticket.State.APPROVED;
        }
        if (tickets.settle(ticket, outcome) && outcome != Ticket.State.APPROVED && user != null) {
            Lockout.countFailure(session, realm, user);
        }
        return true;
    }
}
