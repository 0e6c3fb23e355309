package org.mfaportal.questions;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.RememberOffer;
import org.mfaportal.catalog.SecondFactors;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.PortalMethodAuthenticator;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;

/**
 * The security-question fallback: asks M of the user's questions, the same ones until they are
 * answered right ({@link AskedQuestions}); all must be right. Any wrong answer fails the attempt as
 * invalid credentials, so Keycloak's brute-force protection counts it. The event names the method,
 * never an answer.
 */
final class QuestionsAuthenticator extends PortalMethodAuthenticator {

    static final String TEMPLATE = "mfa-questions-ask.ftl";

    /** A credential type no user has: see {@link #getType}. */
    private static final String SWITCHED_OFF_TYPE =
            SecurityAnswers.CREDENTIAL_TYPE + "-switched-off";

    QuestionsAuthenticator() {
        super(QuestionsCredentialProviderFactory.ID, QuestionsSetupRequiredActionFactory.ID);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        context.challenge(page(context, draw(context), null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        List<String> asked = AskedQuestions.current(context.getAuthenticationSession());
        if (asked.isEmpty()) {
            authenticate(context);
            return;
        }
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            // Keycloak's refusal, answers unread: the same questions stay asked.
            context.forceChallenge(page(context, asked, lock.get().messageKey()));
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        SecurityAnswers answers = new SecurityAnswers(context.getSession(), context.getRealm());
        boolean allRight = true;
        for (int i = 0; i < asked.size(); i++) {
            // Every answer is checked, right or wrong, so the time taken does not tell which one
            // failed.
            allRight &=
                    answers.matches(
                            context.getUser(),
                            asked.get(i),
                            form.getFirst(QuestionChoices.ANSWER_FIELD + i));
        }
        context.getEvent().detail("mfa_method", SecurityAnswers.CREDENTIAL_TYPE);
        if (allRight) {
            AskedQuestions.forget(context.getAuthenticationSession(), context.getUser());
            context.success();
            return;
        }
        // A LOGIN_ERROR for each wrong set of answers, as for a wrong code: guessing shows in the
        // events, not only in the failure count.
        MethodEvents.failed(
                context.getAuthenticationSession(),
                context.getEvent(),
                context.getUser(),
                SecurityAnswers.CREDENTIAL_TYPE,
                Errors.INVALID_USER_CREDENTIALS);
        Lockout.wrongAnswer(context, page(context, draw(context), QuestionsMessages.WRONG));
    }

    private static List<String> draw(AuthenticationFlowContext context) {
        int howMany =
                PortalSettings.of(context.getRealm()).number(PortalSetting.QUESTIONS_TO_ANSWER);
        return AskedQuestions.drawFor(
                context.getAuthenticationSession(),
                context.getUser(),
                askable(context.getSession(), context.getRealm(), context.getUser()),
                howMany);
    }

    private static Response page(
            AuthenticationFlowContext context, List<String> asked, String error) {
        QuestionCatalog catalog = QuestionCatalogs.of(context.getRealm());
        String language =
                catalog.languageFor(
                        context.getSession()
                                .getContext()
                                .resolveLocale(context.getUser())
                                .getLanguage());
        List<QuestionsView.Option> shown =
                asked.stream()
                        .map(id -> catalog.find(id).orElseThrow())
                        .map(q -> new QuestionsView.Option(q.id(), catalog.text(q, language)))
                        .toList();
        var form = RememberOffer.on(context).setAttribute("mfaAsked", shown);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    /**
     * The user's questions still in the catalog: a question an admin removed is no longer asked,
     * and its answer is dropped at the user's next change.
     */
    static List<String> askable(KeycloakSession session, RealmModel realm, UserModel user) {
        QuestionCatalog catalog = QuestionCatalogs.of(realm);
        return new SecurityAnswers(session, realm)
                .questionIds(user).stream().filter(id -> catalog.find(id).isPresent()).toList();
    }

    /**
     * Only where the realm turned the fallback on, for a user who has a real second factor to fall
     * back from, and who still has at least M askable questions.
     */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        PortalSettings settings = PortalSettings.of(realm);
        return settings.flag(PortalSetting.QUESTIONS_FALLBACK)
                && askable(session, realm, user).size()
                        >= settings.number(PortalSetting.QUESTIONS_TO_ANSWER)
                && SecondFactors.enrolled(session, user);
    }

    /** A user with too few questions left (removed from the catalog) chooses again. */
    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        if (new SecurityAnswers(session, realm).has(user)) {
            user.addRequiredAction(QuestionsSetupRequiredActionFactory.ID);
        }
    }

    /**
     * Keycloak's "Try another way" lists a credential-based method for every user holding that
     * credential type, without asking configuredFor. While the realm's fallback is off, answer a
     * type nobody holds, so enrolled users are not offered a method that would then refuse them.
     */
    @Override
    public String getType(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        boolean on =
                realm != null && PortalSettings.of(realm).flag(PortalSetting.QUESTIONS_FALLBACK);
        return on ? SecurityAnswers.CREDENTIAL_TYPE : SWITCHED_OFF_TYPE;
    }
}
