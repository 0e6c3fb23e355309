package org.mfaportal.phone.webhook;

import jakarta.ws.rs.ForbiddenException;
import java.util.Map;
import java.util.Set;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * A text's delivery report (Twilio's MessageStatus callback). "undelivered" and "failed" (e.g.
 * 30003 unreachable, 30005 unknown number, 30006 landline, 30008 unknown error) settle the text's
 * ticket, so the page stops waiting for a code that will not come; other statuses change nothing.
 */
final class TextStatus {

    private static final Set<String> NOT_DELIVERED = Set.of("undelivered", "failed");

    private TextStatus() {
    }

    static void report(Tickets tickets, Ticket ticket, Map<String, String> fields) {
        String sent = ticket.note(Ticket.GATEWAY_ID);
        if (sent != null && !sent.equals(fields.get("MessageSid"))) {
            throw new ForbiddenException("not the text sent for this verification");
        }
        if (NOT_DELIVERED.contains(String.valueOf(fields.get("MessageStatus")))) {
            String code = fields.get("ErrorCode");
            tickets.settle(ticket, Ticket.State.UNDELIVERED, code == null ? Map.of() : Map.of(Ticket.GATEWAY_ERROR, code));
        }
    }
}
