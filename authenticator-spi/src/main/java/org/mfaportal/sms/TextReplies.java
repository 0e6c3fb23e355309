package org.mfaportal.sms;

import jakarta.ws.rs.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.Lockout;
import org.mfaportal.phone.TicketPins;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * Two-way texts: the user replies to our text with the code (and PIN). The reply counts only from
 * the number we texted, for a live ticket, once.
 */
public final class TextReplies {

    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    /** Longer than any reply can be waited for, so a replayed message id is always recognised. */
    private static final Duration REMEMBER_MESSAGES = Duration.ofDays(1);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tickets tickets;

    public TextReplies(KeycloakSession session, RealmModel realm, Tickets tickets) {
        this.session = session;
        this.realm = realm;
        this.tickets = tickets;
    }

    /** Where a reply from this number is looked up. */
    public static String indexKey(RealmModel realm, String e164) {
        return "reply:" + realm.getId() + ":" + e164;
    }

    public String receive(Map<String, String> fields) {
        if (!tickets.firstSighting(fields.get("MessageSid"), REMEMBER_MESSAGES)) {
            throw new ForbiddenException("message already received");
        }
        Ticket ticket = tickets.byIndex(indexKey(realm, fields.get("From")))
                .filter(t -> t.state() == Ticket.State.PENDING && realm.getId().equals(t.note(Ticket.REALM)))
                .orElse(null);
        if (ticket == null) {
            // Not a number we are waiting on (or too late): nothing to decide.
            return EMPTY_TWIML;
        }
        switch (OptOutKeywords.of(fields.get("Body"))) {
            case OPT_OUT -> {
                // Twilio now blocks texts to this number: the page offers another way; no failed sign-in.
                tickets.settle(ticket, Ticket.State.REPLIES_STOPPED);
                return EMPTY_TWIML;
            }
            case OPT_IN, HELP -> {
                // Twilio answers these itself; the code may still come.
                return EMPTY_TWIML;
            }
            case NONE -> {
                // A reply to judge.
            }
        }
        UserModel user = session.users().getUserById(realm, ticket.note(Ticket.USER));
        String expected = ticket.note(Ticket.CODE);
        TextReply reply = TextReply.parse(fields.get("Body"), expected.length());
        Ticket.State outcome;
        if (user == null) {
            outcome = Ticket.State.FAILED;
        } else if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), reply.code().getBytes(StandardCharsets.UTF_8))) {
            outcome = Ticket.State.WRONG_CODE;
        } else if (ticket.pinRequired() && !TicketPins.matches(session, realm, ticket, user, reply.pin())) {
            outcome = Ticket.State.WRONG_PIN;
        } else {
            outcome = Ticket.State.APPROVED;
        }
        if (tickets.settle(ticket, outcome) && outcome != Ticket.State.APPROVED && user != null) {
            Lockout.countFailure(session, realm, user);
        }
        return EMPTY_TWIML;
    }
}
