package org.mfaportal.phone.webhook;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.sms.TextReplies;
import org.mfaportal.voice.CallWebhooks;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * /realms/{realm}/mfa-portal/phone: what gateways post back, and the long poll of the page that
 * waits for a call or a text reply. Every webhook is signed (403 otherwise) and acts on a live,
 * pending ticket of this realm only (403 otherwise: unknown, stale, replayed).
 */
public final class PhoneWebhookResource {

    /** The longest a waiting page's request is held before it asks again. */
    static final int MAX_WAIT_SECONDS = 25;
    private static final long CHECK_EVERY_MILLIS = 50;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tickets tickets;

    public PhoneWebhookResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.tickets = new Tickets(session);
    }

    /**
     * The outcome of a ticket, answered as soon as it is known (or after {@code wait} seconds):
     * the waiting page needs no fixed poll interval. Only the state leaves the server.
     */
    @GET
    @Path(WebhookPaths.TICKET_STATE)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> state(@PathParam("ticket") String id, @QueryParam("wait") Integer waitSeconds)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 1000L * Math.max(0, Math.min(MAX_WAIT_SECONDS, waitSeconds == null ? 0 : waitSeconds));
        while (true) {
            Ticket ticket = ownTicket(id);
            if (ticket == null) {
                return Map.of("state", "GONE");
            }
            if (ticket.overdue(Time.currentTime())) {
                return Map.of("state", "EXPIRED");
            }
            if (ticket.state() != Ticket.State.PENDING || System.currentTimeMillis() >= deadline) {
                return Map.of("state", ticket.state().name());
            }
            Thread.sleep(CHECK_EVERY_MILLIS);
        }
    }

    @POST
    @Path(WebhookPaths.CALL_SCRIPT)
    @Produces(MediaType.APPLICATION_XML)
    public Response callScript(@PathParam("ticket") String id) {
        Map<String, String> fields = SignedWebhook.verify(session, gateway());
        return xml(callWebhooks().script(pendingTicket(id), fields));
    }

    @POST
    @Path(WebhookPaths.CALL_DIGITS)
    @Produces(MediaType.APPLICATION_XML)
    public Response callDigits(@PathParam("ticket") String id) {
        Map<String, String> fields = SignedWebhook.verify(session, gateway());
        return xml(callWebhooks().digits(pendingTicket(id), fields));
    }

    @POST
    @Path(WebhookPaths.CALL_STATUS)
    public Response callStatus(@PathParam("ticket") String id) {
        Map<String, String> fields = SignedWebhook.verify(session, gateway());
        reportedTicket(id).ifPresent(ticket -> callWebhooks().status(ticket, fields));
        return Response.noContent().build();
    }

    /** A sent text's fate; only "undelivered" and "failed" change anything. */
    @POST
    @Path(WebhookPaths.TEXT_STATUS)
    public Response textStatus(@PathParam("ticket") String id) {
        Map<String, String> fields = SignedWebhook.verify(session, gateway());
        reportedTicket(id).ifPresent(ticket -> TextStatus.report(tickets, ticket, fields));
        return Response.noContent().build();
    }

    @POST
    @Path(WebhookPaths.TEXT_INBOUND)
    @Produces(MediaType.APPLICATION_XML)
    public Response textInbound() {
        Map<String, String> fields = SignedWebhook.verify(session, gateway());
        return xml(textReplies().receive(fields));
    }

    private PhoneGateway gateway() {
        return session.getProvider(PhoneGateway.class);
    }

    private CallWebhooks callWebhooks() {
        return new CallWebhooks(session, realm, tickets);
    }

    private TextReplies textReplies() {
        return new TextReplies(session, realm, tickets);
    }

    private Ticket ownTicket(String id) {
        return tickets.find(id).filter(t -> realm.getId().equals(t.note(Ticket.REALM))).orElse(null);
    }

    /**
     * The ticket a status callback reports on, or empty for a genuine one that came after the page
     * moved on (e.g. a call's "completed" after the goodbye): this realm issued it within the hour,
     * so it is answered 204 and changes nothing. Any other id is refused (403).
     */
    private java.util.Optional<Ticket> reportedTicket(String id) {
        Ticket ticket = ownTicket(id);
        if (ticket == null && !tickets.issuedRecently(id, realm.getId())) {
            throw new ForbiddenException("unknown or expired call or text");
        }
        return java.util.Optional.ofNullable(ticket);
    }

    private Ticket pendingTicket(String id) {
        Ticket ticket = ownTicket(id);
        if (ticket == null || ticket.state() != Ticket.State.PENDING) {
            throw new ForbiddenException("unknown, expired or finished call");
        }
        return ticket;
    }

    private static Response xml(String twiml) {
        return Response.ok(twiml, MediaType.APPLICATION_XML_TYPE).build();
    }
}
