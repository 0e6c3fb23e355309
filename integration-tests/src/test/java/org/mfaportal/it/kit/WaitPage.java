package org.mfaportal.it.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The page that waits for a call or a text reply. A real browser runs its script: a long poll that
 * submits the form once the outcome lands. The test does the same two steps explicitly.
 */
public final class WaitPage {

    public static final String FORM = "mfa-phone-wait-form";

    private final Page page;

    public WaitPage(Page page) {
        if (!page.showsForm(FORM)) {
            throw new AssertionError(
                    "Not the waiting page: " + page.title() + " " + page.feedback());
        }
        this.page = page;
    }

    public Page page() {
        return page;
    }

    /** The long poll the page's script makes: the ticket's state, as soon as it is decided. */
    public String awaitState(int waitSeconds) {
        return stateAt(stateUrl(), waitSeconds);
    }

    /**
     * The same long poll as the page's own script sends it: in the page's browser, on its
     * kept-alive connection (the benchmark counts what a browser really costs the server).
     */
    public String awaitStateAsItsScript(int waitSeconds) {
        return stateIn(page.fetch(stateUrl() + "?wait=" + waitSeconds));
    }

    /** The state in a poll's reply; a refused or failed poll is no answer. */
    public static String stateIn(Page reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("The poll got HTTP " + reply.status());
        }
        try {
            return AdminClient.JSON.readTree(reply.body()).get("state").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the page's script polls its ticket's state. */
    public String stateUrl() {
        return page.html().getElementById(FORM).attr("data-state-url");
    }

    /** A page script's long poll at this state URL (also the code page's delivery report). */
    public static String stateAt(String url, int waitSeconds) {
        try {
            HttpResponse<String> reply =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(url + "?wait=" + waitSeconds))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            return AdminClient.JSON.readTree(reply.body()).get("state").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the script does: wait for the outcome, then submit the form. */
    public Page continueSignIn() {
        if (isWaiting()) {
            awaitState(10);
        }
        return page.form(FORM).submit();
    }

    /** Whether a call or a reply is under way (otherwise the page only offers to try again). */
    public boolean isWaiting() {
        return page.html().getElementById(FORM).hasAttr("data-state-url");
    }

    public Page click(String button) {
        return page.form(FORM).fill(button, "true").submit();
    }
}
