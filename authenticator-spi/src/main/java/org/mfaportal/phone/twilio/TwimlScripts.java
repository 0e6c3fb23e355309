package org.mfaportal.phone.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import java.util.Locale;
import java.util.Map;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.GatewayException;

/** A neutral call script as TwiML, built with the Twilio SDK. */
final class TwimlScripts {

    /** The reply to a webhook that wants nothing said. */
    static final String EMPTY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    /** A voice per language: Twilio's basic voices speak neither Japanese nor every region. */
    private record Speaker(Say.Language language, Say.Voice voice) {}

    private static final Speaker ENGLISH = new Speaker(Say.Language.EN_US, Say.Voice.POLLY_JOANNA);
    private static final Map<String, Speaker> SPEAKERS =
            Map.of(
                    "en", ENGLISH,
                    "de", new Speaker(Say.Language.DE_DE, Say.Voice.POLLY_VICKI),
                    "fr", new Speaker(Say.Language.FR_FR, Say.Voice.POLLY_LEA),
                    "es", new Speaker(Say.Language.ES_ES, Say.Voice.POLLY_LUCIA),
                    "ja", new Speaker(Say.Language.JA_JP, Say.Voice.POLLY_MIZUKI));

    private TwimlScripts() {}

    /** The most TwiML Twilio takes with a call (its Twiml parameter). */
    static final int MAX_INLINE = 4000;

    /**
     * The script as TwiML to send with a call; a script too long for Twilio is refused here, with
     * what to shorten, rather than by Twilio with a code the page cannot explain.
     */
    static String inline(CallScript script) {
        String twiml = render(script);
        if (twiml.length() > MAX_INLINE) {
            throw new GatewayException(
                    "The call's greeting is "
                            + twiml.length()
                            + " characters of TwiML, Twilio takes at most "
                            + MAX_INLINE
                            + ": shorten the realm's display name or its voice messages");
        }
        return twiml;
    }

    /**
     * Words, then (with a keypad) a Gather whose action is posted even on an empty result, so that
     * silence is reported too; then the words for no keys, and a hang-up.
     */
    static String render(CallScript script) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        Locale language = script.language() == null ? Locale.ENGLISH : script.language();
        if (script.keypad() == null) {
            response.say(speech(script.say(), language));
        } else {
            response.gather(
                    new Gather.Builder()
                            .inputs(Gather.Input.DTMF)
                            .finishOnKey(CallScript.Keypad.FINISH_KEY)
                            .timeout(script.keypad().timeoutSeconds())
                            .actionOnEmptyResult(true)
                            .action(script.keypad().keysUrl())
                            .method(HttpMethod.POST)
                            .say(speech(script.say(), language))
                            .build());
            if (script.sayIfNoKeys() != null) {
                response.say(speech(script.sayIfNoKeys(), language));
            }
        }
        try {
            return response.hangup(new Hangup.Builder().build()).build().toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML could not be written", e);
        }
    }

    private static Say speech(String text, Locale language) {
        Speaker speaker = SPEAKERS.getOrDefault(language.getLanguage(), ENGLISH);
        return new Say.Builder(text).language(speaker.language()).voice(speaker.voice()).build();
    }
}
