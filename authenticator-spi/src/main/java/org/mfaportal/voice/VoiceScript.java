package org.mfaportal.voice;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.waiting.Ticket;

/** What the call says, in the user's language, as TwiML built with the Twilio SDK. */
final class VoiceScript {

    /** Seconds the call waits for keys after the greeting. */
    private static final int KEYPAD_SECONDS = 20;
    /** A voice per language: Twilio's basic voices speak neither Japanese nor every region. */
    private record Speaker(Say.Language language, Say.Voice voice) {
    }

    private static final Speaker ENGLISH = new Speaker(Say.Language.EN_US, Say.Voice.POLLY_JOANNA);
    private static final Map<String, Speaker> SPEAKERS = Map.of(
            "en", ENGLISH,
            "de", new Speaker(Say.Language.DE_DE, Say.Voice.POLLY_VICKI),
            "fr", new Speaker(Say.Language.FR_FR, Say.Voice.POLLY_LEA),
            "es", new Speaker(Say.Language.ES_ES, Say.Voice.POLLY_LUCIA),
            "ja", new Speaker(Say.Language.JA_JP, Say.Voice.POLLY_MIZUKI));

    private final KeycloakSession session;
    private final Locale locale;
    private final boolean setup;

    /** {@code setup}: the call confirms a phone being set up, so it speaks of that, not of a sign-in. */
    VoiceScript(KeycloakSession session, Locale locale, boolean setup) {
        this.session = session;
        this.locale = locale;
        this.setup = setup;
    }

    /** The greeting, then the keypad: # alone, or the PIN then #. */
    String greeting(boolean pinRequired, String realmName, URI digitsUrl) {
        String text = say(setup
                ? (pinRequired ? VoiceMessages.SETUP_CALL_GREETING_PIN : VoiceMessages.SETUP_CALL_GREETING)
                : (pinRequired ? VoiceMessages.CALL_GREETING_PIN : VoiceMessages.CALL_GREETING), realmName);
        Gather gather = new Gather.Builder()
                .inputs(Gather.Input.DTMF).finishOnKey("#").timeout(KEYPAD_SECONDS)
                .actionOnEmptyResult(true).action(digitsUrl).method(HttpMethod.POST)
                .say(speech(text)).build();
        return xml(new VoiceResponse.Builder().gather(gather)
                .say(speech(say(VoiceMessages.CALL_GOODBYE))).hangup(new Hangup.Builder().build()).build());
    }

    /** The last words of the call, after the keys were judged. */
    String outcome(Ticket.State state) {
        String key = switch (state) {
            case APPROVED -> setup ? VoiceMessages.SETUP_CALL_APPROVED : VoiceMessages.CALL_APPROVED;
            case WRONG_PIN -> VoiceMessages.CALL_WRONG_PIN;
            case FRAUD_REPORTED -> VoiceMessages.CALL_FRAUD_RECORDED;
            case NOT_CONFIRMED -> VoiceMessages.CALL_NOT_CONFIRMED;
            default -> VoiceMessages.CALL_GOODBYE;
        };
        return xml(new VoiceResponse.Builder().say(speech(say(key))).hangup(new Hangup.Builder().build()).build());
    }

    private String say(String key, Object... args) {
        return PhoneMessages.format(session, locale, key, args);
    }

    private Say speech(String text) {
        Speaker speaker = SPEAKERS.getOrDefault(locale.getLanguage(), ENGLISH);
        return new Say.Builder(text).language(speaker.language()).voice(speaker.voice()).build();
    }

    private static String xml(VoiceResponse response) {
        try {
            return response.toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML could not be written", e);
        }
    }
}
