package org.mfaportal.it.cost;

import java.util.ArrayDeque;
import java.util.Deque;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;

/**
 * One way of signing in that the benchmark measures: its own client and flow, users prepared before
 * the server's CPU time is read, and the person's part of the second step.
 */
abstract class SignInCase {

    /** Addresses outside the demo realm's trusted networks, one per sign-in in turn. */
    private static final String OUTSIDE = "203.0.113.";

    private final String name;
    private final KeycloakServer server;
    private final BenchApp app;
    private final Deque<TestUser> ready = new ArrayDeque<>();
    private int signIns;

    SignInCase(String name, KeycloakServer server, BenchApp app) {
        this.name = name;
        this.server = server;
        this.app = app;
    }

    String name() {
        return name;
    }

    /** Makes the users of the next {@code count} sign-ins (not measured). */
    void prepare(int count) {
        for (int i = 0; i < count; i++) {
            ready.add(newUser());
        }
    }

    /** One complete sign-in of a prepared user, until the code reaches the app. */
    void signIn() {
        TestUser user = ready.remove();
        signIns++;
        try (Browser browser = server.browser().forwardedFor(OUTSIDE + (1 + signIns % 200))) {
            Page afterPassword = app.signInWithPassword(browser, user.username(), user.password());
            BenchApp.requireSignedIn(name, secondStep(afterPassword, user));
        }
    }

    KeycloakServer server() {
        return server;
    }

    abstract TestUser newUser();

    /** What the person does after the password; returns the page that ends the sign-in. */
    abstract Page secondStep(Page afterPassword, TestUser user);
}
