package org.mfaportal.waiting;

import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.keys.infinispan.PublicKeyStorageInvalidationEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.cache.infinispan.events.InvalidationEvent;

/**
 * The signal that a ticket was decided or taken, sent to every node through Keycloak's cluster
 * events (each node wakes the pages it holds for that ticket). It carries the ticket id only: a
 * woken poll reads the outcome from the store itself.
 *
 * <p>Cluster events travel as ProtoStream messages of types Keycloak registered; an extension
 * cannot add its own schema to Keycloak's cache manager. So the id rides in Keycloak's own
 * one-string event, under a task key of ours that Keycloak's listeners never hear.
 */
public final class TicketWakeup {

    private static final Logger LOG = Logger.getLogger(TicketWakeup.class);

    static final String TASK_KEY = "mfa-portal:ticket-decided";

    private TicketWakeup() {}

    /**
     * Sends the signal once this session's transaction has committed (a rolled back outcome wakes
     * nobody, and a woken poll always finds the outcome in the store).
     */
    public static void afterCommit(KeycloakSession session, String ticketId) {
        session.getTransactionManager()
                .enlistAfterCompletion(
                        new AbstractKeycloakTransaction() {
                            @Override
                            protected void commitImpl() {
                                // Best effort: the outcome is already stored, and a poll that
                                // misses its wake-up hears the outcome when its wait ends.
                                try {
                                    ClusterProvider cluster =
                                            session.getProvider(ClusterProvider.class);
                                    if (cluster != null) {
                                        cluster.notify(
                                                TASK_KEY,
                                                PublicKeyStorageInvalidationEvent.create(ticketId),
                                                false,
                                                ClusterProvider.DCNotify.ALL_DCS);
                                    }
                                } catch (RuntimeException e) {
                                    LOG.warn("Could not wake the pages waiting for a ticket", e);
                                }
                            }

                            @Override
                            protected void rollbackImpl() {}
                        });
    }

    /** Calls {@code wake} with the ticket id of every signal that reaches this node. */
    static void listen(ClusterProvider cluster, Consumer<String> wake) {
        cluster.registerListener(
                TASK_KEY,
                event -> {
                    if (event instanceof InvalidationEvent signal) {
                        wake.accept(signal.getId());
                    }
                });
    }
}
