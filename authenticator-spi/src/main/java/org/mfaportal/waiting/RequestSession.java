package org.mfaportal.waiting;

import org.keycloak.models.KeycloakSession;
import org.keycloak.utils.KeycloakSessionUtil;

/**
 * Lets go of the request's Keycloak session on the worker thread that serves it, before a poll's
 * answer comes later on another thread.
 *
 * <p>Keycloak 26.5 on Quarkus begins the request's transaction on the worker thread (JTA ties it to
 * that thread) and notes the session in a thread-local there; the end of the request scope closes
 * the session (committing) wherever the response is finished. A response completed later is
 * finished on another worker thread: the commit finds no transaction there ("The transaction is not
 * active!"), while the first thread keeps the open transaction and the thread-local, and the
 * requests it serves next begin no transaction of their own (later: "Cannot access delegate without
 * a transaction"). So the poll ends both here, where they began, and Keycloak later finds the
 * session closed and does nothing more.
 */
final class RequestSession {

    private RequestSession() {}

    /**
     * Commits the request's transaction (rolls it back if it is marked so) and closes the session,
     * on this thread; nothing may use the session afterwards.
     */
    static void endHere(KeycloakSession session) {
        try {
            session.close();
        } finally {
            // The thread-local holds Keycloak's request-scoped proxy of this very session (not the
            // same object): the thread serves this request only until the method returns.
            KeycloakSessionUtil.setKeycloakSession(null);
        }
    }
}
