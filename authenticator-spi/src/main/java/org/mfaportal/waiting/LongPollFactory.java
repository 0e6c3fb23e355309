package org.mfaportal.waiting;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.ProviderFactory;

/**
 * Owns this node's waiting polls and the two threads that answer them (timeouts and wake-ups), and
 * hears the cluster's "ticket decided" signal for them.
 */
public final class LongPollFactory implements ProviderFactory<LongPoll> {

    public static final String ID = "default";

    private static final Logger LOG = Logger.getLogger(LongPollFactory.class);

    private static final int ANSWERING_THREADS = 2;

    private volatile boolean listening;
    private ScheduledThreadPoolExecutor pool;
    private WaitingPolls polls;
    private KeycloakSessionFactory sessions;
    private PollLimits limits = PollLimits.DEFAULT;

    @Override
    public void init(Config.Scope config) {
        limits = PollLimits.from(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        sessions = factory;
        AtomicInteger count = new AtomicInteger();
        pool =
                new ScheduledThreadPoolExecutor(
                        ANSWERING_THREADS,
                        task -> {
                            Thread thread =
                                    new Thread(
                                            task,
                                            "mfa-portal-waiting-polls-" + count.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        pool.setRemoveOnCancelPolicy(true);
        polls = new WaitingPolls(limits, pool, this::readInOwnSession);
    }

    @Override
    public LongPoll create(KeycloakSession session) {
        if (!listening) {
            listen(session);
        }
        return new LongPoll(session, polls);
    }

    /**
     * Keycloak's cluster provider is first available in a session: the first poll registers this
     * node's one listener, and no poll is held before it is registered.
     */
    private synchronized void listen(KeycloakSession session) {
        if (listening) {
            return;
        }
        ClusterProvider cluster = session.getProvider(ClusterProvider.class);
        if (cluster == null) {
            LOG.warn("No cluster provider: waiting pages learn outcomes when their poll ends");
        } else {
            TicketWakeup.listen(cluster, polls::wake);
        }
        listening = true;
    }

    /** A woken or timed-out poll's answer, read in a session of its own. */
    private PollAnswer readInOwnSession(WaitingPolls.Waiter waiter) {
        return KeycloakModelUtils.runJobInTransactionWithResult(
                sessions, s -> PollAnswer.of(new Tickets(s), waiter.realmId, waiter.ticketId));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String getId() {
        return ID;
    }
}
