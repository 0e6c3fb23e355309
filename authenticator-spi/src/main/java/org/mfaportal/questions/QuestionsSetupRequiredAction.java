package org.mfaportal.questions;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.List;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.utils.FormMessage;
import org.mfaportal.flow.PortalRequiredAction;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;

/**
 * Choosing security questions and answering them (first time and every change): the user picks N
 * different questions of the realm's catalog, in their language, and answers each. Answers are
 * never shown back, logged or put in an event.
 */
final class QuestionsSetupRequiredAction extends PortalRequiredAction {

    static final String TEMPLATE = "mfa-questions-setup.ftl";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        QuestionCatalog catalog = QuestionCatalogs.of(context.getRealm());
        List<String> current =
                new SecurityAnswers(context.getSession(), context.getRealm())
                        .questionIds(context.getUser());
        context.challenge(form(context, catalog, current, List.of()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        QuestionCatalog catalog = QuestionCatalogs.of(context.getRealm());
        MultivaluedMap<String, String> typed = context.getHttpRequest().getDecodedFormParameters();
        QuestionChoices choices =
                QuestionChoices.read(catalog, count(context, catalog), typed::getFirst);
        if (!choices.accepted()) {
            List<FormMessage> errors =
                    choices.problems().stream()
                            .map(p -> new FormMessage(p.field(), p.messageKey(), p.arguments()))
                            .toList();
            context.challenge(form(context, catalog, choices.chosen(), errors));
            return;
        }
        new SecurityAnswers(context.getSession(), context.getRealm())
                .enroll(context.getUser(), choices.answersById());
        context.getEvent()
                .detail("mfa_method", SecurityAnswers.CREDENTIAL_TYPE)
                .detail("mfa_questions", Integer.toString(choices.answersById().size()));
        context.success();
    }

    private static int count(RequiredActionContext context, QuestionCatalog catalog) {
        return QuestionChoices.howMany(
                catalog,
                PortalSettings.of(context.getRealm())
                        .number(PortalSetting.QUESTIONS_AT_ENROLLMENT));
    }

    private static Response form(
            RequiredActionContext context,
            QuestionCatalog catalog,
            List<String> chosen,
            List<FormMessage> errors) {
        String language =
                catalog.languageFor(
                        context.getSession()
                                .getContext()
                                .resolveLocale(context.getUser())
                                .getLanguage());
        int count = count(context, catalog);
        List<String> preselected =
                new java.util.ArrayList<>(chosen.subList(0, Math.min(chosen.size(), count)));
        preselected.addAll(Collections.nCopies(count - preselected.size(), ""));
        var form =
                context.form()
                        .setAttribute("mfaQuestions", QuestionsView.options(catalog, language))
                        .setAttribute("mfaChosen", preselected);
        if (!errors.isEmpty()) {
            form.setErrors(errors);
        }
        return form.createForm(TEMPLATE);
    }
}
