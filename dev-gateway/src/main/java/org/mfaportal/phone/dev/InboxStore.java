package org.mfaportal.phone.dev;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.mfaportal.phone.gateway.GatewayException;

/**
 * A realm's inbox in Keycloak's single-use store, so that every node of a cluster sees the same
 * virtual phones. One entry per realm, kept 24 h after its last change.
 */
final class InboxStore {

    private static final String PREFIX = "mfa-portal:dev-phone:";
    private static final String LOCK = ":lock";
    private static final String JSON = "json";
    private static final long LIFESPAN_SECONDS = Inbox.MAX_AGE.toSeconds();

    /**
     * Outlives any update; a node that died holding the lock blocks the others this long at most.
     */
    private static final long LOCK_SECONDS = 10;

    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);
    private static final long LOCK_RETRY_MILLIS = 25;

    private final KeycloakSession session;
    private final String key;

    InboxStore(KeycloakSession session, String realmId) {
        this.session = session;
        this.key = PREFIX + realmId;
    }

    Inbox read() {
        return read(session.singleUseObjects());
    }

    /**
     * Changes the inbox, one writer at a time cluster-wide (the store has no compare-and-set, and a
     * lost update would lose a text). The write commits in its own transaction before the lock is
     * released: the store defers puts to the end of the transaction that makes them.
     */
    Inbox update(UnaryOperator<Inbox> change) {
        SingleUseObjectProvider store = session.singleUseObjects();
        lock(store);
        try {
            KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
            return KeycloakModelUtils.runJobInTransactionWithResult(
                    factory,
                    writer -> {
                        SingleUseObjectProvider own = writer.singleUseObjects();
                        Inbox changed = change.apply(read(own));
                        own.put(key, LIFESPAN_SECONDS, Map.of(JSON, changed.toJson()));
                        return changed;
                    });
        } finally {
            store.remove(key + LOCK);
        }
    }

    private Inbox read(SingleUseObjectProvider store) {
        Map<String, String> entry = store.get(key);
        return entry == null ? Inbox.empty() : Inbox.fromJson(entry.get(JSON));
    }

    private void lock(SingleUseObjectProvider store) {
        long deadline = System.currentTimeMillis() + LOCK_WAIT.toMillis();
        while (!store.putIfAbsent(key + LOCK, LOCK_SECONDS)) {
            if (System.currentTimeMillis() > deadline) {
                throw new GatewayException(
                        "The virtual phone stayed busy for " + LOCK_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(LOCK_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GatewayException(
                        "Interrupted while waiting for the virtual phone", null, e);
            }
        }
    }
}
