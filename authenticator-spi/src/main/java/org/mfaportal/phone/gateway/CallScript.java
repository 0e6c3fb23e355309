package org.mfaportal.phone.gateway;

import java.net.URI;
import java.util.Locale;

/**
 * What a call says, in no gateway's format: the gateway renders it (Twilio as TwiML, the dev
 * gateway for its virtual phone). {@code keypad} is null for last words: the call says them and
 * hangs up. {@code sayIfNoKeys} is said when the keypad times out, before hanging up (null:
 * nothing).
 */
public record CallScript(Locale language, String say, Keypad keypad, String sayIfNoKeys) {

    /**
     * Keys to collect after the words: input ends with {@link #FINISH_KEY} (only then was it really
     * entered) or when {@code timeoutSeconds} pass; either way the gateway posts what it got to
     * {@code keysUrl}.
     */
    public record Keypad(URI keysUrl, int timeoutSeconds) {

        /** The one key a person presses on purpose and a voicemail greeting cannot. */
        public static final String FINISH_KEY = "#";
    }

    public static CallScript askForKeys(
            Locale language, String say, Keypad keypad, String sayIfNoKeys) {
        return new CallScript(language, say, keypad, sayIfNoKeys);
    }

    public static CallScript lastWords(Locale language, String say) {
        return new CallScript(language, say, null, null);
    }
}
