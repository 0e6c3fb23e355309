package org.mfaportal.waiting;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;
import org.mfaportal.network.ClientNetwork;

/**
 * A waiting page's poll of its ticket, answered as soon as the ticket is decided on any node, or
 * after the wait: the request holds no thread meanwhile. Over a bound, the poll is refused at once
 * (429, Retry-After); the page's script then asks again a little later.
 */
public final class LongPoll implements Provider {

    /** The longest a poll is held before it is answered PENDING and the page asks again. */
    public static final int MAX_WAIT_SECONDS = 25;

    static final int RETRY_AFTER_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(LongPoll.class);

    private final KeycloakSession session;
    private final WaitingPolls polls;

    LongPoll(KeycloakSession session, WaitingPolls polls) {
        this.session = session;
        this.polls = polls;
    }

    /**
     * The ticket's answer, now or later. A poll that waits ends the request's session before this
     * returns ({@link RequestSession}): its later answer is read in a session of its own.
     */
    public CompletionStage<Response> answer(
            RealmModel realm, String ticketId, Integer waitSeconds) {
        int wait = Math.max(0, Math.min(MAX_WAIT_SECONDS, waitSeconds == null ? 0 : waitSeconds));
        String realmId = realm.getId();
        RestSecurityHeaders headers = RestSecurityHeaders.of(realm);
        Tickets tickets = new Tickets(session);
        PollAnswer now = PollAnswer.of(tickets, realmId, ticketId);
        if (now.decided() || wait == 0) {
            return CompletableFuture.completedFuture(ok(now, headers));
        }
        String client = ClientNetwork.of(session.getContext().getConnection().getRemoteAddr());
        // A pending ticket past its deadline is answered EXPIRED when the deadline comes.
        Duration held = Duration.ofSeconds(Math.min(wait, Math.max(1, now.secondsLeft())));
        Optional<WaitingPolls.Waiter> waiter = polls.hold(realmId, ticketId, client, held);
        if (waiter.isEmpty()) {
            return CompletableFuture.completedFuture(refused(headers));
        }
        // Read again now that the poll is held: an outcome that landed in between sent its wake-up
        // before the poll could hear it.
        PollAnswer again = PollAnswer.of(tickets, realmId, ticketId);
        if (again.decided()) {
            polls.finish(waiter.get(), again);
            return CompletableFuture.completedFuture(ok(again, headers));
        }
        try {
            RequestSession.endHere(session);
        } catch (RuntimeException e) {
            LOG.warn("Could not end a waiting poll's request session", e);
            polls.fail(waiter.get(), e);
            return CompletableFuture.completedFuture(unavailable(headers));
        }
        return waiter.get()
                .answer
                .handle(
                        (answer, error) -> {
                            if (error != null) {
                                LOG.warn("A waiting poll could not read its ticket", error);
                                return unavailable(headers);
                            }
                            return ok(answer, headers);
                        });
    }

    private static Response ok(PollAnswer answer, RestSecurityHeaders headers) {
        return headers.on(Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Over a bound: the page's script asks again after Retry-After. */
    private static Response refused(RestSecurityHeaders headers) {
        return retryLater(429, "Too many waiting requests: ask again later.", headers);
    }

    /** The store failed: no answer, neither yes nor no; the page asks again. */
    private static Response unavailable(RestSecurityHeaders headers) {
        return retryLater(503, "The answer could not be read: ask again later.", headers);
    }

    private static Response retryLater(int status, String why, RestSecurityHeaders headers) {
        return headers.on(Response.status(status))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store")
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity(why)
                .build();
    }

    @Override
    public void close() {}
}
