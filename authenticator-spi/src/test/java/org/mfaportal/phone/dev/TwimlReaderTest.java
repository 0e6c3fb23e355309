package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TwimlReaderTest {

    private static final String DIGITS_URL = "http://localhost:8080/realms/mfa-demo/mfa-portal/phone/calls/abc/digits";

    /** Built the way voice/VoiceScript.greeting builds it: Gather (action, Say inside), then Say and Hangup. */
    private static String greeting() throws Exception {
        Gather gather = new Gather.Builder()
                .inputs(Gather.Input.DTMF).finishOnKey("#").timeout(20)
                .actionOnEmptyResult(true).action(URI.create(DIGITS_URL)).method(HttpMethod.POST)
                .say(new Say.Builder("You are signing in to MFA portal demo. Press the pound key to finish.")
                        .language(Say.Language.EN_US).build())
                .build();
        return new VoiceResponse.Builder().gather(gather)
                .say(new Say.Builder("Goodbye.").language(Say.Language.EN_US).build())
                .hangup(new Hangup.Builder().build()).build().toXml();
    }

    @Test
    void readsTheGreetingAndWhereTheKeysGo() throws Exception {
        TwimlReader.Answer answer = TwimlReader.read(greeting());

        assertThat(answer.said()).containsExactly("You are signing in to MFA portal demo. Press the pound key to finish.");
        assertThat(answer.gatherUrl()).isEqualTo(DIGITS_URL);
    }

    @Test
    void readsTheLastWordsOfACall() throws Exception {
        String outcome = new VoiceResponse.Builder()
                .say(new Say.Builder("Thank you. You are signed in & welcome.").build())
                .hangup(new Hangup.Builder().build()).build().toXml();

        TwimlReader.Answer answer = TwimlReader.read(outcome);

        assertThat(answer.said()).containsExactly("Thank you. You are signed in & welcome.");
        assertThat(answer.gatherUrl()).isNull();
    }

    @Test
    void refusesAnExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Response [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<Response><Say>&secret;</Say></Response>";

        assertThatIllegalArgumentException().isThrownBy(() -> TwimlReader.read(xxe)).withMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAnyDoctype() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Response [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<Response><Say>&b;</Say></Response>";

        assertThatIllegalArgumentException().isThrownBy(() -> TwimlReader.read(laughs));
    }

    @Test
    void refusesWhatIsNoTwiml() {
        assertThatIllegalArgumentException().isThrownBy(() -> TwimlReader.read("<html><Say>hi</Say></html>"));
        assertThatIllegalArgumentException().isThrownBy(() -> TwimlReader.read("not xml"));
    }
}
