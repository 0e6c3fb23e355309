package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's template, rendered as Keycloak renders it: FreeMarker with HTML auto-escaping. */
class VirtualPhonePageTest {

    private static final URI PAGE =
            URI.create("http://localhost:8080/realms/mfa-demo/mfa-dev-gateway/virtual-phone");
    private static final long NOW = 1_750_000_000_000L;
    private static final DevScript GREETING = new DevScript("Press pound.", "http://k/d", null);
    private static final String NUMBER = "+14155550100";

    private final VirtualPhonePage page =
            new VirtualPhonePage("mfa-demo", "+15005550006", PAGE, ZoneOffset.UTC, "t0ken");

    @Test
    void escapesEverythingThatCameFromOutside() {
        Inbox inbox =
                Inbox.empty()
                        .with(
                                NUMBER,
                                PhoneEvent.textReceived(
                                        "SM1", NOW, "<script>alert('x')</script> & \"more\""),
                                NOW)
                        .with(
                                NUMBER,
                                PhoneEvent.call(
                                        "CA1",
                                        NOW,
                                        PhoneCall.ringing(GREETING, "t", null)
                                                .answered(
                                                        List.of("<img src=x onerror=alert(1)>"),
                                                        "http://k/d")),
                                NOW);

        String html = render(inbox, "n0nce");

        assertThat(html)
                .doesNotContain("<script>alert")
                .doesNotContain("<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aRingingCallCanBeAnsweredOrDeclined() {
        Inbox inbox =
                Inbox.empty()
                        .with(
                                NUMBER,
                                PhoneEvent.call("CA1", NOW, PhoneCall.ringing(GREETING, "t", null)),
                                NOW);

        String html = render(inbox, "n0nce");

        assertThat(html)
                .contains(
                        "action=\"" + PAGE + "/calls/CA1/answer\"",
                        "action=\"" + PAGE + "/calls/CA1/decline\"",
                        "name=\"number\" value=\"+14155550100\"",
                        "id=\"n14155550100\"",
                        "Ringing");
    }

    @Test
    void aCallToAnExtensionSaysWhichOneAndEveryFormCarriesTheToken() {
        Inbox inbox =
                Inbox.empty()
                        .with(
                                NUMBER,
                                PhoneEvent.call("CA1", NOW, PhoneCall.ringing(GREETING, "t", "42")),
                                NOW);

        String html = render(inbox, "n0nce");

        assertThat(html).contains("Call from +15005550006 to extension 42");
        assertThat(html.split("<form").length - 1)
                .isPositive()
                .isEqualTo(html.split("name=\"csrf\" value=\"t0ken\"").length - 1);
    }

    @Test
    void anAnsweredCallShowsWhatItSaysAndAKeypad() {
        Inbox inbox =
                Inbox.empty()
                        .with(
                                NUMBER,
                                PhoneEvent.call(
                                        "CA1",
                                        NOW,
                                        PhoneCall.ringing(GREETING, "t", null)
                                                .answered(
                                                        List.of("Press the pound key."),
                                                        "http://k/d")),
                                NOW);

        String html = render(inbox, "n0nce");

        assertThat(html)
                .contains(
                        "Press the pound key.",
                        "action=\"" + PAGE + "/calls/CA1/keys\"",
                        "data-key=\"0\"",
                        "data-key=\"*\"",
                        ">#</button>",
                        "/calls/CA1/hang-up");
    }

    @Test
    void scriptAndStyleCarryTheNonce() {
        String html = render(Inbox.empty(), "n0nce");

        assertThat(html)
                .contains(
                        "<script nonce=\"n0nce\">",
                        "<style nonce=\"n0nce\">",
                        "No texts or calls yet");
    }

    @Test
    void aCancelledCallNoLongerRingsNorOffersAnything() {
        Inbox inbox =
                Inbox.empty()
                        .with(
                                NUMBER,
                                PhoneEvent.call(
                                        "CA1",
                                        NOW,
                                        PhoneCall.ringing(GREETING, "t", null).canceled()),
                                NOW);

        String html = render(inbox, "n0nce");

        assertThat(html)
                .contains("Cancelled")
                .doesNotContain("Ringing", "/calls/CA1/answer", "/calls/CA1/hang-up");
    }

    private String render(Inbox inbox, String nonce) {
        Configuration freeMarker = new Configuration(Configuration.VERSION_2_3_32);
        freeMarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freeMarker.setTemplateLoader(
                new ClassTemplateLoader(VirtualPhonePageTest.class, "/theme-resources/templates"));
        StringWriter html = new StringWriter();
        try {
            freeMarker
                    .getTemplate(VirtualPhonePage.TEMPLATE)
                    .process(page.attributes(inbox, nonce), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new AssertionError(e);
        }
        return html.toString();
    }
}
