package org.mfaportal.it.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Keycloak's brute-force protection as an admin sees it: is a user locked, and lift the lock. */
public final class BruteForce {

    /**
     * What Keycloak's login pages say to a locked user (its accountTemporarilyDisabledMessage,
     * English).
     */
    public static final String LOCKED_MESSAGE = "Invalid username or password.";

    private final KeycloakServer server;
    private final AdminClient admin;

    public BruteForce(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    /**
     * Someone else, in another browser, tries wrong passwords for the user until Keycloak locks
     * them.
     */
    public void lockWithWrongPasswords(TestUser user) {
        int failureFactor =
                admin.get("/admin/realms/" + KeycloakServer.REALM)
                        .requireStatus(200)
                        .json()
                        .get("failureFactor")
                        .asInt();
        DemoApp app = new DemoApp(server);
        try (Browser attacker = server.browser()) {
            for (int attempt = 0; attempt <= failureFactor && !locked(user.id()); attempt++) {
                app.signInWithPassword(attacker, user.username(), "wrong-" + attempt);
            }
        }
        if (!awaitLocked(user.id())) {
            throw new AssertionError(user.username() + " is not locked after wrong passwords");
        }
    }

    /**
     * Whether the user is locked now (Keycloak records failures just after answering the page:
     * waits up to 10 s for it).
     */
    public boolean awaitLocked(String userId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!locked(userId) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return locked(userId);
    }

    public boolean locked(String userId) {
        return status(userId).get("disabled").asBoolean();
    }

    public int failures(String userId) {
        return status(userId).get("numFailures").asInt();
    }

    /** An admin lifts the user's lock (tests end with the realm as they found it). */
    public void release(String userId) {
        admin.send("DELETE", path(userId), null).requireStatus(204);
    }

    private JsonNode status(String userId) {
        return admin.get(path(userId)).requireStatus(200).json();
    }

    private static String path(String userId) {
        return "/admin/realms/"
                + KeycloakServer.REALM
                + "/attack-detection/brute-force/users/"
                + userId;
    }
}
