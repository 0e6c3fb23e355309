package org.mfaportal.questions;

import org.mfaportal.flow.PortalRequiredActionFactory;

public final class QuestionsSetupRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = "mfa-questions-setup";

    public QuestionsSetupRequiredActionFactory() {
        super(ID, "MFA portal - choose security questions", new QuestionsSetupRequiredAction());
    }
}
