package org.mfaportal.it.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.FakeTwilio;

/**
 * The steps a person takes on the security-question pages, and the catalog's texts to read them.
 */
final class QuestionPages {

    static final String SETUP_FORM = "mfa-questions-setup-form";
    static final String ASK_FORM = "mfa-questions-form";
    static final String OUTSIDE = "203.0.113.77";

    private final KeycloakServer server;
    private final DemoApp app;
    private final FakeTwilio twilio;

    QuestionPages(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
        this.twilio = server.twilio();
    }

    /**
     * Signs a phone-call user in for real (answers the call with #), then opens the questions
     * setup.
     */
    Page openSetupAfterSigningIn(Browser browser, TestUser user, String number) {
        WaitPage waiting =
                new WaitPage(app.signInWithPassword(browser, user.username(), user.password()));
        String sid = twilio.lastCallTo(number).sid();
        twilio.answer(sid);
        twilio.press(sid, "#");
        assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        return app.startAction(browser, "mfa-questions-setup");
    }

    /** Fills the setup form: the i-th question with the i-th id, answered as given. */
    static Page choose(Page setup, List<String> ids, Function<String, String> answer) {
        Page.Form form = setup.form(SETUP_FORM);
        for (int i = 0; i < ids.size(); i++) {
            form.fill("question" + i, ids.get(i)).fill("answer" + i, answer.apply(ids.get(i)));
        }
        return form.submit();
    }

    /** From the page where a call is waiting: "Try another way", then the security questions. */
    static Page tryQuestionsInstead(Page waitingForCall) {
        Page selection = waitingForCall.form("kc-select-try-another-way-form").submit();
        for (Element item : selection.html().select("li")) {
            Element heading = item.selectFirst("h2");
            Element execution = item.selectFirst("input[name=authenticationExecution]");
            if (heading != null
                    && execution != null
                    && heading.text().equals("Security questions")) {
                return selection
                        .form("kc-select-credential-form")
                        .fill("authenticationExecution", execution.val())
                        .submit();
            }
        }
        throw new AssertionError(
                "no 'Security questions' among the other ways: "
                        + selection.html().select("h2").eachText());
    }

    /** The question ids the page asks, in order (read from their English texts). */
    List<String> asked(Page questions) {
        Map<String, String> idsByText = new HashMap<>();
        for (JsonNode question : catalog().get("questions")) {
            idsByText.put(question.get("text").get("en").asText(), question.get("id").asText());
        }
        return questions.html().getElementById(ASK_FORM).select("label").eachText().stream()
                .map(idsByText::get)
                .toList();
    }

    /** Answers the asked questions. */
    Page answer(Page questions, Function<String, String> answer) {
        List<String> ids = asked(questions);
        Page.Form form = questions.form(ASK_FORM);
        for (int i = 0; i < ids.size(); i++) {
            form.fill("answer" + i, answer.apply(ids.get(i)));
        }
        return form.submit();
    }

    JsonNode catalog() {
        return server.admin()
                .get("/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/questions")
                .requireStatus(200)
                .json();
    }
}
