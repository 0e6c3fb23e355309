package org.mfaportal.phone.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.GatewayException;

/** A neutral call script as the TwiML Twilio plays. */
class TwimlScriptsTest {

    private static final URI KEYS =
            URI.create("https://sso.example.com/realms/r/mfa-portal/phone/calls/t1/digits");

    @Test
    void aGreetingGathersKeysUntilPoundThenSaysGoodbyeAndHangsUp() {
        String twiml =
                TwimlScripts.render(
                        CallScript.askForKeys(
                                Locale.GERMAN,
                                "Bitte die Rautetaste drücken.",
                                new CallScript.Keypad(KEYS, 20),
                                "Auf Wiederhören."));

        assertThat(twiml)
                .contains(
                        "<Gather",
                        "action=\"" + KEYS + "\"",
                        "actionOnEmptyResult=\"true\"",
                        "finishOnKey=\"#\"",
                        "input=\"dtmf\"",
                        "method=\"POST\"",
                        "timeout=\"20\"",
                        "language=\"de-DE\"",
                        "voice=\"Polly.Vicki\"",
                        "Bitte die Rautetaste drücken.</Say></Gather>",
                        "Auf Wiederhören.</Say><Hangup/>");
    }

    @Test
    void lastWordsAreSaidThenTheCallHangsUp() {
        String twiml =
                TwimlScripts.render(
                        CallScript.lastWords(Locale.forLanguageTag("xx"), "Goodbye & <thanks>"));

        assertThat(twiml)
                .doesNotContain("<Gather")
                .contains("language=\"en-US\"", "Goodbye &amp; &lt;thanks&gt;</Say><Hangup/>");
    }

    @Test
    void aGreetingTooLongToGoWithTheCallIsRefusedBeforeTwilioIsAsked() {
        CallScript longWinded =
                CallScript.askForKeys(
                        Locale.ENGLISH,
                        "Welcome. ".repeat(500),
                        new CallScript.Keypad(KEYS, 20),
                        "Goodbye.");

        assertThatThrownBy(() -> TwimlScripts.inline(longWinded))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("at most 4000");
        assertThat(TwimlScripts.inline(CallScript.lastWords(Locale.ENGLISH, "Goodbye.")))
                .contains("Goodbye.");
    }
}
