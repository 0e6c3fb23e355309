package org.mfaportal.questions;

import org.mfaportal.flow.PortalAuthenticatorFactory;

public final class QuestionsAuthenticatorFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-questions";

    public QuestionsAuthenticatorFactory() {
        super(
                ID,
                "MFA portal - security questions (fallback)",
                "Asks questionsToAnswer of the user's security questions when the realm's questionsFallback is on.",
                SecurityAnswers.CREDENTIAL_TYPE,
                new QuestionsAuthenticator());
    }
}
