package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualPhonePageTest {

    private static final URI PAGE = URI.create("http://localhost:8080/realms/mfa-demo/mfa-portal/virtual-phone");
    private static final long NOW = 1_750_000_000_000L;
    private static final String NUMBER = "+14155550100";

    private final VirtualPhonePage page = new VirtualPhonePage("mfa-demo", "+15005550006", PAGE, ZoneOffset.UTC, "t0ken");

    @Test
    void escapesEverythingThatCameFromOutside() {
        Inbox inbox = Inbox.empty()
                .with(NUMBER, PhoneEvent.textReceived("SM1", NOW, "<script>alert('x')</script> & \"more\""), NOW)
                .with(NUMBER, PhoneEvent.call("CA1", NOW, PhoneCall.ringing("s", "t", null)
                        .answered(List.of("<img src=x onerror=alert(1)>"), "http://k/d")), NOW);

        String html = page.render(inbox, "n0nce");

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aRingingCallCanBeAnsweredOrDeclined() {
        Inbox inbox = Inbox.empty().with(NUMBER, PhoneEvent.call("CA1", NOW, PhoneCall.ringing("s", "t", null)), NOW);

        String html = page.render(inbox, "n0nce");

        assertThat(html).contains("action=\"" + PAGE + "/calls/CA1/answer\"", "action=\"" + PAGE + "/calls/CA1/decline\"",
                "name=\"number\" value=\"+14155550100\"", "id=\"n14155550100\"", "Ringing");
    }

    @Test
    void aCallToAnExtensionSaysWhichOneAndEveryFormCarriesTheToken() {
        Inbox inbox = Inbox.empty().with(NUMBER, PhoneEvent.call("CA1", NOW, PhoneCall.ringing("s", "t", "42")), NOW);

        String html = page.render(inbox, "n0nce");

        assertThat(html).contains("Call from +15005550006 to extension 42");
        assertThat(html.split("<form").length - 1).isPositive()
                .isEqualTo(html.split("name=\"csrf\" value=\"t0ken\"").length - 1);
    }

    @Test
    void anAnsweredCallShowsWhatItSaysAndAKeypad() {
        Inbox inbox = Inbox.empty().with(NUMBER, PhoneEvent.call("CA1", NOW, PhoneCall.ringing("s", "t", null)
                .answered(List.of("Press the pound key."), "http://k/d")), NOW);

        String html = page.render(inbox, "n0nce");

        assertThat(html).contains("Press the pound key.", "action=\"" + PAGE + "/calls/CA1/keys\"",
                "data-key=\"0\"", "data-key=\"*\"", ">#</button>", "/calls/CA1/hang-up");
    }

    @Test
    void scriptAndStyleCarryTheNonce() {
        String html = page.render(Inbox.empty(), "n0nce");

        assertThat(html).contains("<script nonce=\"n0nce\">", "<style nonce=\"n0nce\">", "No texts or calls yet");
    }
}
