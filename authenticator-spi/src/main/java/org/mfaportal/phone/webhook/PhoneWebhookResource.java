package org.mfaportal.phone.webhook;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.phone.gateway.WebhookAnswer;
import org.mfaportal.waiting.LongPoll;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * /realms/{realm}/mfa-portal/phone: what gateways post back, and the long poll of the page that
 * waits for a call or a text reply. Every webhook is signed (403 otherwise) and acts on a live,
 * pending ticket of this realm only (403 otherwise: unknown, stale, replayed).
 */
public final class PhoneWebhookResource {

    /** Longer than any reply can be waited for, so a replayed message id is always recognised. */
    private static final Duration REMEMBER_MESSAGES = Duration.ofDays(1);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tickets tickets;

    public PhoneWebhookResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.tickets = new Tickets(session);
    }

    /**
     * The outcome of a ticket, answered as soon as it is known (or after {@code wait} seconds): the
     * waiting page needs no fixed poll interval, and the request holds no thread while it waits.
     * Only the state leaves the server. Blocking, said explicitly: it must run on the worker thread
     * that began the request's transaction, which it ends there before it waits.
     */
    @GET
    @Blocking
    @Path(WebhookPaths.TICKET_STATE)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> state(
            @PathParam("ticket") String id, @QueryParam("wait") Integer waitSeconds) {
        return session.getProvider(LongPoll.class).answer(realm, id, waitSeconds);
    }

    @POST
    @Path(WebhookPaths.CALL_DIGITS)
    public Response callDigits(@PathParam("ticket") String id) {
        PhoneGateway gateway = gateway();
        var keys = gateway.keysPressed(SignedWebhook.verify(session, gateway));
        Ticket ticket = pendingTicket(id);
        return reply(gateway.render(callHandler(ticket).keysPressed(ticket, keys)));
    }

    @POST
    @Path(WebhookPaths.CALL_STATUS)
    public Response callStatus(@PathParam("ticket") String id) {
        PhoneGateway gateway = gateway();
        var status = gateway.callStatus(SignedWebhook.verify(session, gateway));
        reportedTicket(id).ifPresent(ticket -> callHandler(ticket).statusReported(ticket, status));
        return Response.noContent().build();
    }

    /** A sent text's fate; only "undelivered" and "failed" change anything. */
    @POST
    @Path(WebhookPaths.TEXT_STATUS)
    public Response textStatus(@PathParam("ticket") String id) {
        PhoneGateway gateway = gateway();
        var delivery = gateway.textDelivery(SignedWebhook.verify(session, gateway));
        reportedTicket(id)
                .ifPresent(ticket -> TextStatus.report(tickets, textTicket(ticket), delivery));
        return Response.noContent().build();
    }

    /** A text to our number: offered to each method that waits for replies, until one knows it. */
    @POST
    @Path(WebhookPaths.TEXT_INBOUND)
    public Response textInbound() {
        PhoneGateway gateway = gateway();
        var text = gateway.inboundText(SignedWebhook.verify(session, gateway));
        if (!tickets.firstSighting(text.messageId(), REMEMBER_MESSAGES)) {
            throw new ForbiddenException("message already received");
        }
        for (TextHandler handler : session.getAllProviders(TextHandler.class)) {
            if (handler.received(text)) {
                break;
            }
        }
        return reply(gateway.acknowledge());
    }

    private PhoneGateway gateway() {
        return session.getProvider(PhoneGateway.class);
    }

    /** The handler of the method that placed the call; a ticket of no calling method gets 403. */
    private CallHandler callHandler(Ticket ticket) {
        String method = ticket.note(Ticket.METHOD);
        CallHandler handler =
                method == null ? null : session.getProvider(CallHandler.class, method);
        if (handler == null) {
            throw new ForbiddenException("no method handles this call");
        }
        return handler;
    }

    /** A ticket of a method that sends texts (a delivery report for anything else gets 403). */
    private Ticket textTicket(Ticket ticket) {
        String method = ticket.note(Ticket.METHOD);
        if (method == null || session.getProvider(TextHandler.class, method) == null) {
            throw new ForbiddenException("no text was sent for this ticket");
        }
        return ticket;
    }

    private Ticket ownTicket(String id) {
        return tickets.find(id)
                .filter(t -> realm.getId().equals(t.note(Ticket.REALM)))
                .orElse(null);
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

    private static Response reply(WebhookAnswer answer) {
        return Response.ok(answer.body(), answer.mediaType()).build();
    }
}
