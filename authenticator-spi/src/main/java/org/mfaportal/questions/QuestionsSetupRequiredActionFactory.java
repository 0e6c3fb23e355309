package org.mfaportal.questions;

import org.mfaportal.catalog.Method;
import org.mfaportal.flow.PortalRequiredActionFactory;

public final class QuestionsSetupRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = Method.QUESTIONS.setupAction();

    public QuestionsSetupRequiredActionFactory() {
        super(ID, "MFA portal - choose security questions", new QuestionsSetupRequiredAction());
    }
}
