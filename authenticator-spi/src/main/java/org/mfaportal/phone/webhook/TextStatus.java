package org.mfaportal.phone.webhook;

import jakarta.ws.rs.ForbiddenException;
import java.util.Map;
import org.mfaportal.phone.gateway.WebhookEvent;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * A text's delivery report. A failed one (e.g. Twilio's 30003 unreachable, 30005 unknown number,
 * 30006 landline, 30008 unknown error) settles the text's ticket, so the page stops waiting for a
 * code that will not come; other reports change nothing.
 */
final class TextStatus {

    private TextStatus() {}

    static void report(Tickets tickets, Ticket ticket, WebhookEvent.TextDelivery delivery) {
        String sent = ticket.note(Ticket.GATEWAY_ID);
        if (sent != null && !sent.equals(delivery.messageId())) {
            throw new ForbiddenException("not the text sent for this verification");
        }
        if (delivery.failed()) {
            String code = delivery.errorCode();
            tickets.settle(
                    ticket,
                    Ticket.State.UNDELIVERED,
                    code == null ? Map.of() : Map.of(Ticket.GATEWAY_ERROR, code));
        }
    }
}
