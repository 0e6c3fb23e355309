package org.mfaportal.it.kit.twilio;

/** What Keycloak answered to a webhook: its HTTP status and body (TwiML, or an error). */
public record WebhookReply(int status, String body) {

    public WebhookReply requireStatus(int expected) {
        if (status != expected) {
            throw new AssertionError(
                    "Keycloak answered the webhook with HTTP "
                            + status
                            + " instead of "
                            + expected
                            + ": "
                            + body);
        }
        return this;
    }

    /** The body as TwiML (what a call says next); fails unless it is TwiML. */
    public CallScript twiml() {
        return CallScript.parse(body);
    }
}
