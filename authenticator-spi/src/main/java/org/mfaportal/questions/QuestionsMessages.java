package org.mfaportal.questions;

import org.mfaportal.catalog.Method;

/** Message keys of the security-question pages, mirrored in messages_*.properties. */
public final class QuestionsMessages {

    public static final String DISPLAY_NAME = Method.QUESTIONS.displayNameKey();
    public static final String HELP_TEXT = Method.QUESTIONS.helpTextKey();
    public static final String SETUP_TITLE = "mfaQuestionsSetupTitle";
    public static final String NOT_CHOSEN = "mfaQuestionsNotChosen";
    public static final String CHOSEN_TWICE = "mfaQuestionsChosenTwice";
    public static final String ANSWER_EMPTY = "mfaQuestionsAnswerEmpty";
    public static final String ANSWER_TOO_LONG = "mfaQuestionsAnswerTooLong";
    public static final String WRONG = "mfaQuestionsWrong";

    private QuestionsMessages() {}
}
