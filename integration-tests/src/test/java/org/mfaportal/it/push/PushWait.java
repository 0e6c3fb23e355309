package org.mfaportal.it.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.nodes.Element;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.WaitPage;

/**
 * A page that waits for the phone (sign-in, or the first approval at activation), or for the app to
 * activate. A real browser runs its script: a long poll, then it submits the form. Tests do the
 * same two steps explicitly.
 */
public final class PushWait {

    static final String FORM = "mfa-push-wait-form";
    static final String SETUP_FORM = "mfa-push-setup-form";

    private final Page page;
    private final String formId;

    public PushWait(Page page) {
        this.page = page;
        this.formId = page.showsForm(FORM) ? FORM : SETUP_FORM;
        if (!page.showsForm(formId)) {
            throw new AssertionError(
                    "Not a mobile app page: "
                            + page.title()
                            + " | "
                            + page.feedback()
                            + " | "
                            + page.uri());
        }
    }

    Page page() {
        return page;
    }

    /** The number the page asks to pick on the phone; null without number matching. */
    public String number() {
        Element number = page.html().getElementById("mfa-push-number");
        return number == null ? null : number.attr("data-number");
    }

    boolean isWaiting() {
        return page.html().getElementById(formId).hasAttr("data-state-url");
    }

    /**
     * The page script's long poll: the state as soon as it is decided (or after {@code
     * waitSeconds}).
     */
    public String awaitState(int waitSeconds) {
        return awaitState(stateUrl(), waitSeconds);
    }

    /** The same long poll as the page's own script sends it: in the page's browser. */
    public String awaitStateAsItsScript(int waitSeconds) {
        return WaitPage.stateIn(page.fetch(stateUrl() + "?wait=" + waitSeconds));
    }

    String stateUrl() {
        return page.html().getElementById(formId).attr("data-state-url");
    }

    static String awaitState(String stateUrl, int waitSeconds) {
        try {
            HttpResponse<String> reply =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(stateUrl + "?wait=" + waitSeconds))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(reply.body()).get("state").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the script does once its long poll has the outcome: submit the form. */
    public Page submit() {
        return page.form(formId).submit();
    }

    /** What the script does: wait for the outcome, then submit the form. */
    public Page continueOn() {
        if (isWaiting()) {
            awaitState(10);
        }
        return page.form(formId).submit();
    }

    Page click(String button) {
        return page.form(formId).fill(button, "true").submit();
    }
}
