package org.mfaportal.it.kit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CallScriptTest {

    @Test
    void readsWhatTheSdksTwimlSaysAndWhereTheKeysGo() {
        String twiml =
                new VoiceResponse.Builder()
                        .gather(
                                new Gather.Builder()
                                        .inputs(Gather.Input.DTMF)
                                        .finishOnKey("#")
                                        .timeout(20)
                                        .action(
                                                URI.create(
                                                        "http://127.0.0.1:8080/realms/r/mfa-portal/phone/calls/t/digits"))
                                        .method(HttpMethod.POST)
                                        .say(
                                                new Say.Builder("Drücken Sie die Raute-Taste.")
                                                        .language(Say.Language.DE_DE)
                                                        .build())
                                        .build())
                        .say(
                                new Say.Builder("Auf Wiederhören.")
                                        .language(Say.Language.DE_DE)
                                        .build())
                        .hangup(new Hangup.Builder().build())
                        .build()
                        .toXml();

        CallScript script = CallScript.parse(twiml);

        assertThat(script.said())
                .containsExactly(
                        new CallScript.Spoken("Drücken Sie die Raute-Taste.", "de-DE"),
                        new CallScript.Spoken("Auf Wiederhören.", "de-DE"));
        assertThat(script.gather())
                .isEqualTo(
                        new CallScript.Gather(
                                "http://127.0.0.1:8080/realms/r/mfa-portal/phone/calls/t/digits",
                                "POST",
                                "#"));
        assertThat(script.hangsUp()).isTrue();
    }

    @Test
    void anEmptyResponseSaysNothingAndGathersNothing() {
        CallScript script =
                CallScript.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");

        assertThat(script.said()).isEmpty();
        assertThat(script.gathersKeys()).isFalse();
        assertThat(script.hangsUp()).isFalse();
    }

    @Test
    void refusesADoctypeSoNoEntityIsEverExpanded() {
        String xxe =
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<Response><Say>&x;</Say></Response>";

        assertThatThrownBy(() -> CallScript.parse(xxe))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesXmlThatIsNotTwiml() {
        assertThatThrownBy(() -> CallScript.parse("<html><body>Forbidden</body></html>"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("<Response>");
        assertThatThrownBy(() -> CallScript.parse("Forbidden")).isInstanceOf(AssertionError.class);
    }
}
