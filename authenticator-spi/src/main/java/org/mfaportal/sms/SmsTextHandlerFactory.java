package org.mfaportal.sms;

import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.webhook.TextHandler;
import org.mfaportal.phone.webhook.TextHandlerFactory;

/** Registers two-way text replies with the phone layer, under the text method's credential type. */
public final class SmsTextHandlerFactory implements TextHandlerFactory {

    @Override
    public TextHandler create(KeycloakSession session) {
        return new TextReplies(session);
    }

    @Override
    public String getId() {
        return SmsCredential.TYPE;
    }
}
