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
    private Steps steps;
    private Browser browser;
    private int browserRequests;

    SignInCase(String name, KeycloakServer server, BenchApp app) {
        this.name = name;
        this.server = server;
        this.app = app;
    }

    /** Where the steps of the sign-ins are charged from now on. */
    void measureStepsWith(Steps steps) {
        this.steps = steps;
    }

    Steps steps() {
        return steps;
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

    /**
     * One complete sign-in of a prepared user, until the code reaches the app; {@code measured}:
     * its steps count (not warm-up).
     */
    void signIn(boolean measured) {
        TestUser user = ready.remove();
        signIns++;
        try (Browser opened = server.browser().forwardedFor(OUTSIDE + (1 + signIns % 200))) {
            browser = opened;
            browserRequests = 0;
            steps.begin(measured);
            Page signInPage = app.openSignIn(browser);
            mark("sign-in page", 0);
            Page afterPassword = app.typePassword(signInPage, user.username(), user.password());
            mark("password", 0);
            Page end = secondStep(afterPassword, user);
            mark("code to the app", 0);
            BenchApp.requireSignedIn(name, end);
        }
    }

    /**
     * The server's CPU since the last mark was {@code step}: the browser's requests since then, and
     * {@code otherRequests} from others (the gateway's webhooks, the phone app, page scripts).
     */
    void mark(String step, int otherRequests) {
        int sent = browser.requestsSent();
        steps.mark(step, sent - browserRequests + otherRequests);
        browserRequests = sent;
    }

    KeycloakServer server() {
        return server;
    }

    abstract TestUser newUser();

    /** What the person does after the password; returns the page that ends the sign-in. */
    abstract Page secondStep(Page afterPassword, TestUser user);
}
