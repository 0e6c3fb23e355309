package org.mfaportal.voice;

import java.net.URI;
import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.waiting.Ticket;

/** What the call says, in the user's language; the gateway renders it in its own format. */
final class VoiceScript {

    /** Seconds the call waits for keys after the greeting. */
    private static final int KEYPAD_SECONDS = 20;

    private final KeycloakSession session;
    private final Locale locale;
    private final boolean setup;

    /**
     * {@code setup}: the call confirms a phone being set up, so it speaks of that, not of a
     * sign-in.
     */
    VoiceScript(KeycloakSession session, Locale locale, boolean setup) {
        this.session = session;
        this.locale = locale;
        this.setup = setup;
    }

    /** The greeting, then the keypad: # alone, or the PIN then #. */
    CallScript greeting(boolean pinRequired, String realmName, URI digitsUrl) {
        String text =
                say(
                        setup
                                ? (pinRequired
                                        ? VoiceMessages.SETUP_CALL_GREETING_PIN
                                        : VoiceMessages.SETUP_CALL_GREETING)
                                : (pinRequired
                                        ? VoiceMessages.CALL_GREETING_PIN
                                        : VoiceMessages.CALL_GREETING),
                        realmName);
        return CallScript.askForKeys(
                locale,
                text,
                new CallScript.Keypad(digitsUrl, KEYPAD_SECONDS),
                say(VoiceMessages.CALL_GOODBYE));
    }

    /** The last words of the call, after the keys were judged. */
    CallScript outcome(Ticket.State state) {
        String key =
                switch (state) {
                    case APPROVED ->
                            setup ? VoiceMessages.SETUP_CALL_APPROVED : VoiceMessages.CALL_APPROVED;
                    case WRONG_PIN -> VoiceMessages.CALL_WRONG_PIN;
                    case FRAUD_REPORTED -> VoiceMessages.CALL_FRAUD_RECORDED;
                    case NOT_CONFIRMED -> VoiceMessages.CALL_NOT_CONFIRMED;
                    default -> VoiceMessages.CALL_GOODBYE;
                };
        return CallScript.lastWords(locale, say(key));
    }

    private String say(String key, Object... args) {
        return PhoneMessages.format(session, locale, key, args);
    }
}
