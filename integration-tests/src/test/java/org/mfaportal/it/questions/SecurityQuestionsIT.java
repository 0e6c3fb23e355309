package org.mfaportal.it.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.BruteForce;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.settings.PortalSetting;

/**
 * Security questions as a fallback: a phone-call user chooses and answers questions, and on a day
 * the phone is out of reach signs in by answering some of them instead. Wrong answers count towards
 * lockout; answers differing only in case and spacing are right.
 */
@ExtendWith(KeycloakServer.Extension.class)
class SecurityQuestionsIT {

    private static final List<String> CHOSEN =
            List.of("first-pet", "childhood-street", "first-car", "favourite-teacher");

    /** Each answer as the user typed it at enrollment. */
    private static final Function<String, String> ENROLLED =
            id -> "The " + id.replace('-', ' ') + " answer";

    private final KeycloakServer server;
    private final QuestionPages pages;
    private final DemoApp app;
    private final BruteForce bruteForce;

    /**
     * Opened before each story, closed after it: the story leaves the settings as it found them.
     */
    private PortalSettingsScope settings;

    SecurityQuestionsIT(KeycloakServer server) {
        this.server = server;
        this.bruteForce = new BruteForce(server);
        this.pages = new QuestionPages(server);
        this.app = new DemoApp(server);
    }

    @BeforeEach
    void fallbackOn() {
        settings = server.portalSettings(Map.of(PortalSetting.QUESTIONS_FALLBACK.key(), true));
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void aUserChoosesFourDifferentQuestionsAndTheAnswersAreStoredOnlyAsHashes() {
        String number = TestUser.freshNumber();
        TestUser ada = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(QuestionPages.OUTSIDE)) {
            Page setup = pages.openSetupAfterSigningIn(browser, ada, number);
            assertThat(setup.html().select("#" + QuestionPages.SETUP_FORM + " select")).hasSize(4);

            Page twice =
                    QuestionPages.choose(
                            setup,
                            List.of("first-pet", "first-pet", "first-car", "first-school"),
                            ENROLLED);
            assertThat(twice.showsForm(QuestionPages.SETUP_FORM)).isTrue();
            assertThat(twice.html().getElementById("input-error-question1").text())
                    .contains("chose this question twice");
            assertThat(twice.body()).doesNotContain(ENROLLED.apply("first-car"));

            assertThat(DemoApp.isSignedIn(QuestionPages.choose(twice, CHOSEN, ENROLLED))).isTrue();
        }
        JsonNode credentials =
                server.admin()
                        .get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/users/"
                                        + ada.id()
                                        + "/credentials")
                        .requireStatus(200)
                        .json();
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, ada.id()))
                .contains("mfa-questions");
        String stored = credentials.toString().toLowerCase(Locale.ROOT);
        CHOSEN.forEach(
                id ->
                        assertThat(stored)
                                .contains(id)
                                .doesNotContain(ENROLLED.apply(id).toLowerCase(Locale.ROOT)));
        List<JsonNode> events =
                new java.util.ArrayList<>(
                        server.admin().events(KeycloakServer.REALM, ada.id(), "UPDATE_CREDENTIAL"));
        events.addAll(
                server.admin().events(KeycloakServer.REALM, ada.id(), "CUSTOM_REQUIRED_ACTION"));
        String logged = events.toString().toLowerCase(Locale.ROOT);
        CHOSEN.forEach(
                id ->
                        assertThat(logged)
                                .doesNotContain(ENROLLED.apply(id).toLowerCase(Locale.ROOT)));
    }

    @Test
    void withThePhoneOutOfReachTheUserSignsInByAnsweringInAnyCaseAndSpacing() {
        TestUser bea = enrolled();
        try (Browser browser = server.browser().forwardedFor(QuestionPages.OUTSIDE)) {
            Page questions =
                    QuestionPages.tryQuestionsInstead(
                            app.signInWithPassword(browser, bea.username(), bea.password()));
            List<String> asked = pages.asked(questions);
            assertThat(asked).hasSize(2).doesNotHaveDuplicates();
            assertThat(CHOSEN).containsAll(asked);

            Page done =
                    pages.answer(
                            questions,
                            id ->
                                    "  "
                                            + ENROLLED.apply(id)
                                                    .toUpperCase(Locale.ROOT)
                                                    .replace(" ", "   ")
                                            + " ");

            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        JsonNode login = server.admin().events(KeycloakServer.REALM, bea.id(), "LOGIN").get(0);
        assertThat(login.path("details").path("mfa_method").asText()).isEqualTo("mfa-questions");
    }

    @Test
    void wrongAnswersLockTheUserOutAndThenEvenTheRightAnswersAreRefused() {
        TestUser cy = enrolled();
        int failureFactor =
                server.admin()
                        .get("/admin/realms/" + KeycloakServer.REALM)
                        .requireStatus(200)
                        .json()
                        .get("failureFactor")
                        .asInt();
        try (Browser browser = server.browser().forwardedFor(QuestionPages.OUTSIDE)) {
            Page questions =
                    QuestionPages.tryQuestionsInstead(
                            app.signInWithPassword(browser, cy.username(), cy.password()));
            // One right answer is not enough: all asked questions must be right.
            List<String> asked = pages.asked(questions);
            questions =
                    pages.answer(
                            questions,
                            id -> id.equals(asked.get(0)) ? ENROLLED.apply(id) : "wrong");
            assertThat(questions.showsForm(QuestionPages.ASK_FORM)).isTrue();
            assertThat(questions.feedback()).contains("not right");
            assertThat(failuresOnceCounted(cy, 1)).isEqualTo(1);
            // The wrong answers show in the events too, not only in the failure count.
            JsonNode wrong =
                    server.admin().events(KeycloakServer.REALM, cy.id(), "LOGIN_ERROR").get(0);
            assertThat(wrong.path("error").asText()).isEqualTo("invalid_user_credentials");
            assertThat(wrong.path("details").path("mfa_method").asText())
                    .isEqualTo("mfa-questions");

            for (int attempt = 2;
                    attempt <= failureFactor && !bruteForce.locked(cy.id());
                    attempt++) {
                questions = pages.answer(questions, id -> "wrong");
            }
            assertThat(bruteForce.awaitLocked(cy.id())).isTrue();
            int failures = bruteForce.failures(cy.id());

            Page refused = pages.answer(questions, ENROLLED);

            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.feedback()).isEqualTo(BruteForce.LOCKED_MESSAGE);
            assertThat(bruteForce.locked(cy.id())).isTrue();
            assertThat(bruteForce.failures(cy.id())).isEqualTo(failures);
        } finally {
            bruteForce.release(cy.id());
        }
    }

    /**
     * Issue 11.3: the questions cannot be shopped for; the same ones come back until answered
     * right.
     */
    @Test
    void choosingQuestionsAgainOrSigningInAgainAsksTheSameQuestionsUntilTheyAreAnsweredRight() {
        TestUser eda = enrolled();
        List<String> first;
        try (Browser browser = server.browser().forwardedFor(QuestionPages.OUTSIDE)) {
            Page questions =
                    QuestionPages.tryQuestionsInstead(
                            app.signInWithPassword(browser, eda.username(), eda.password()));
            first = pages.asked(questions);
            for (int round = 0; round < 6; round++) {
                questions = QuestionPages.tryQuestionsInstead(questions);
                assertThat(pages.asked(questions)).as("round " + round).isEqualTo(first);
            }
            questions = pages.answer(questions, id -> "wrong");
            assertThat(pages.asked(questions)).isEqualTo(first);
        }
        try (Browser another = server.browser().forwardedFor(QuestionPages.OUTSIDE)) {
            Page questions =
                    QuestionPages.tryQuestionsInstead(
                            app.signInWithPassword(another, eda.username(), eda.password()));
            assertThat(pages.asked(questions)).isEqualTo(first);
            assertThat(DemoApp.isSignedIn(pages.answer(questions, ENROLLED))).isTrue();
        }
    }

    @Test
    void withTheFallbackOffNoOneIsOfferedQuestions() {
        TestUser dan = enrolled();
        settings.change(Map.of(PortalSetting.QUESTIONS_FALLBACK.key(), false));
        try (Browser browser = server.browser().forwardedFor(QuestionPages.OUTSIDE)) {
            Page waiting = app.signInWithPassword(browser, dan.username(), dan.password());
            if (waiting.showsForm("kc-select-try-another-way-form")) {
                Page selection = waiting.form("kc-select-try-another-way-form").submit();
                assertThat(selection.html().select("h2").eachText())
                        .doesNotContain("Security questions");
            }
        }
    }

    /** A phone-call user who has enrolled security questions. */
    private TestUser enrolled() {
        String number = TestUser.freshNumber();
        TestUser user = TestUser.withPhoneCalls(server, number, null);
        try (Browser browser = server.browser().forwardedFor(QuestionPages.OUTSIDE)) {
            assertThat(
                            DemoApp.isSignedIn(
                                    QuestionPages.choose(
                                            pages.openSetupAfterSigningIn(browser, user, number),
                                            CHOSEN,
                                            ENROLLED)))
                    .isTrue();
        }
        return user;
    }

    private int failuresOnceCounted(TestUser user, int expected) {
        return server.admin().failedLogins(KeycloakServer.REALM, user.id(), expected);
    }
}
