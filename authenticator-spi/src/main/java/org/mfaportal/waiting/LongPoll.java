package org.mfaportal.waiting;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.Provider;

/**
 * A waiting page's poll of its ticket, answered as soon as the ticket is decided on any node, or
 * after the wait: the request holds no thread meanwhile. Over a bound, the poll is refused at once
 * (429, Retry-After); the page's script then asks again a little later.
 */
public final class LongPoll implements Provider {

    /** The longest a poll is held before it is answered PENDING and the page asks again. */
    public static final int MAX_WAIT_SECONDS = 25;

    static final int RETRY_AFTER_SECONDS = 2;

    private final KeycloakSession session;
    private final WaitingPolls polls;

    LongPoll(KeycloakSession session, WaitingPolls polls) {
        this.session = session;
        this.polls = polls;
    }

    /**
     * The ticket's answer, now or later. The request's session is used only before this returns: a
     * later answer is read in a session of its own.
     */
    public CompletionStage<Response> answer(String realmId, String ticketId, Integer waitSeconds) {
        int wait = Math.max(0, Math.min(MAX_WAIT_SECONDS, waitSeconds == null ? 0 : waitSeconds));
        Tickets tickets = new Tickets(session);
        PollAnswer now = PollAnswer.of(tickets, realmId, ticketId);
        if (now.decided() || wait == 0) {
            return CompletableFuture.completedFuture(ok(now));
        }
        String client = session.getContext().getConnection().getRemoteAddr();
        // A pending ticket past its deadline is answered EXPIRED when the deadline comes.
        Duration held = Duration.ofSeconds(Math.min(wait, Math.max(1, now.secondsLeft())));
        Optional<WaitingPolls.Waiter> waiter = polls.hold(realmId, ticketId, client, held);
        if (waiter.isEmpty()) {
            return CompletableFuture.completedFuture(refused());
        }
        // Read again now that the poll is held: an outcome that landed in between sent its wake-up
        // before the poll could hear it.
        PollAnswer again = PollAnswer.of(tickets, realmId, ticketId);
        if (again.decided()) {
            polls.finish(waiter.get(), again);
        }
        return waiter.get().answer.thenApply(LongPoll::ok);
    }

    private static Response ok(PollAnswer answer) {
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response refused() {
        return Response.status(429)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity("Too many waiting requests: ask again later.")
                .build();
    }

    @Override
    public void close() {}
}
