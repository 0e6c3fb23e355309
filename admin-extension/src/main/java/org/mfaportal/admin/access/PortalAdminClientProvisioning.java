package org.mfaportal.admin.access;

import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Every realm gets the portal's client and roles: the realms that exist when the server starts
 * (after Keycloak's migration and --import-realm, on a thread of its own so that the start does not
 * wait for it) and every realm created later, through the admin REST or an import (Keycloak's
 * RealmPostCreateEvent, sent after the export's own clients are in, so an export's {@value
 * PortalAdminClient#CLIENT_ID} client is kept, not doubled).
 *
 * <p>Cluster-safe without a lock: each realm is completed in a transaction of its own, and the
 * database refuses a second client or role of the same name. When two nodes start at once, the
 * loser's transaction fails; it tries again, finds the winner's client complete, and stops.
 */
public final class PortalAdminClientProvisioning implements ProviderEventListener {

    private static final Logger LOG = Logger.getLogger(PortalAdminClientProvisioning.class);

    private static final int ATTEMPTS = 3;

    private static final Duration PAUSE = Duration.ofMillis(500);

    private static final String THREAD_NAME = "mfa-portal-admin-client";

    private final KeycloakSessionFactory factory;

    /** Set when the server stops: the completing thread then ends quietly, leaving the rest. */
    private volatile boolean stopped;

    private volatile Thread completing;

    public PortalAdminClientProvisioning(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    /**
     * The server stops: realms not yet completed get the client at the next start (a transaction
     * cut short adds nothing).
     */
    public void stop() {
        stopped = true;
        Thread thread = completing;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof RealmModel.RealmPostCreateEvent created) {
            // Inside the creating transaction: the new realm is no one else's yet.
            PortalAdminClientSetup.addMissing(created.getCreatedRealm());
        } else if (event instanceof PostMigrationEvent) {
            // Beside the start, not in it: reading every realm's client and roles took about 0.2 s
            // of the main thread with one realm, and grows with each realm.
            Thread thread = new Thread(this::completeAll, THREAD_NAME);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(
                    (t, e) ->
                            LOG.errorf(
                                    e,
                                    "Adding the portal's client %s to the realms stopped",
                                    PortalAdminClient.CLIENT_ID));
            completing = thread;
            thread.start();
        }
    }

    private void completeAll() {
        List<String> realmIds;
        try {
            realmIds = realmIds();
        } catch (RuntimeException e) {
            if (!stopped) {
                LOG.errorf(
                        e,
                        "The realms could not be read to add the portal's client %s; it is added"
                                + " to each realm at the next start",
                        PortalAdminClient.CLIENT_ID);
            }
            return;
        }
        for (String realmId : realmIds) {
            if (stopped) {
                LOG.debugf(
                        "Stopping: the portal's client is added to the other realms at the next start");
                return;
            }
            complete(realmId);
        }
    }

    private List<String> realmIds() {
        return KeycloakModelUtils.runJobInTransactionWithResult(
                factory,
                session -> session.realms().getRealmsStream().map(RealmModel::getId).toList());
    }

    private void complete(String realmId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                KeycloakModelUtils.runJobInTransaction(
                        factory,
                        session -> {
                            RealmModel realm = session.realms().getRealm(realmId);
                            if (realm != null && !PortalAdminClientSetup.isComplete(realm)) {
                                PortalAdminClientSetup.addMissing(realm);
                            }
                        });
                return;
            } catch (RuntimeException e) {
                if (stopped) {
                    LOG.debugf(
                            e,
                            "Stopping while adding client %s to realm %s",
                            PortalAdminClient.CLIENT_ID,
                            realmId);
                    return;
                }
                // Most likely another node added the same client or role first.
                if (attempt == ATTEMPTS) {
                    LOG.errorf(
                            e,
                            "The portal's client %s could not be added to realm %s; add it by"
                                    + " hand (see the README, Portal administrators)",
                            PortalAdminClient.CLIENT_ID,
                            realmId);
                } else {
                    LOG.debugf(
                            e,
                            "Adding client %s to realm %s: trying again",
                            PortalAdminClient.CLIENT_ID,
                            realmId);
                    pauseBeforeAttempt(attempt + 1);
                }
            }
        }
    }

    /**
     * The node that lost a race sees the winner's client only once the realm cache has heard of it:
     * give it a moment (on the completing thread only; never in a request).
     */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(PAUSE.toMillis() * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
