package org.mfaportal.phone.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The virtual phone page: one card per number, its texts and calls newest first, and what a person can do. */
final class VirtualPhonePage {

    /** The part of the page that the page's script refreshes. */
    static final String LIST_ID = "phones";
    private static final String STYLE = asset("virtual-phone.css");
    private static final String SCRIPT = asset("virtual-phone.js");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0");

    private final String realmName;
    private final String fromNumber;
    private final URI pageUri;
    private final ZoneId zone;
    private final String csrfToken;

    VirtualPhonePage(String realmName, String fromNumber, URI pageUri, ZoneId zone, String csrfToken) {
        this.realmName = realmName;
        this.fromNumber = fromNumber;
        this.pageUri = pageUri;
        this.zone = zone;
        this.csrfToken = csrfToken;
    }

    /** Only this page's own script and style run; it is framed nowhere and posts only to itself. */
    static Map<String, String> securityHeaders(String nonce) {
        return Map.of(
                "Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; script-src 'nonce-" + nonce
                        + "'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                "X-Frame-Options", "DENY",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Robots-Tag", "none",
                "Cache-Control", "no-store");
    }

    /** The fragment id of a number's card (ids only take a safe subset of characters). */
    static String anchor(String number) {
        return "n" + (number == null ? "" : number.replaceAll("[^0-9A-Za-z]", ""));
    }

    String render(Inbox inbox, String nonce) {
        Html html = new Html().markup("<!DOCTYPE html>").open("html", "lang", "en").open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", "Virtual phone · " + realmName)
                .open("style", "nonce", nonce).markup(STYLE).close("style")
                .close("head").open("body");
        header(html);
        html.open("main", "id", LIST_ID);
        if (inbox.numbers().isEmpty()) {
            html.element("p", "No texts or calls yet. Start a sign-in that sends a text or places a call: "
                    + "it shows up here within two seconds.", "class", "empty");
        }
        for (String number : inbox.numbersByActivity()) {
            phone(html, number, inbox.numbers().get(number));
        }
        return html.close("main").open("script", "nonce", nonce).markup(SCRIPT).close("script")
                .close("body").close("html").toString();
    }

    private void header(Html html) {
        html.open("header").element("h1", "Virtual phone")
                .open("p").text("Realm ").element("strong", realmName)
                .text(" · dev phone gateway. Texts and calls that Keycloak sends land here instead of on real phones; "
                        + "nothing leaves this machine. They come from ").element("strong", fromNumber)
                .text(". Replies and keys go back to Keycloak as webhooks signed like Twilio's.").close("p")
                .close("header");
    }

    private void phone(Html html, String number, List<PhoneEvent> events) {
        html.open("section", "class", "phone", "id", anchor(number)).element("h2", number);
        html.open("form", "class", "reply", "method", "post", "action", action(VirtualPhoneResource.REPLY, null));
        hiddenFields(html, number);
        html.open("input", "type", "text", "name", VirtualPhoneResource.BODY_FIELD, "required", "",
                        "maxlength", String.valueOf(VirtualPhoneResource.MAX_TEXT_LENGTH), "autocomplete", "off",
                        "placeholder", "Text " + fromNumber + " from this phone", "aria-label", "Reply text")
                .element("button", "Send", "type", "submit").close("form");
        html.open("ol", "class", "events");
        for (PhoneEvent event : events) {
            switch (event.kind()) {
                case TEXT_RECEIVED -> text(html, event, "received", "Text from " + fromNumber);
                case TEXT_SENT -> text(html, event, "sent", "You replied");
                case CALL -> call(html, number, event);
            }
        }
        html.close("ol").close("section");
    }

    private void text(Html html, PhoneEvent event, String direction, String who) {
        html.open("li", "class", "event text " + direction);
        meta(html, who, event.at(), null);
        html.element("p", event.text(), "class", "bubble");
        note(html, event);
        html.close("li");
    }

    private void call(Html html, String number, PhoneEvent event) {
        PhoneCall call = event.call();
        String state = call.state().name().toLowerCase(Locale.ROOT);
        html.open("li", "class", "event call " + state);
        meta(html, "Call from " + fromNumber + (call.extension() == null ? "" : " to extension " + call.extension()),
                event.at(), call.state());
        said(html, call.heard());
        if (call.keys() != null) {
            html.open("p", "class", "pressed").text("You pressed ").element("kbd", call.keys() + "#").close("p");
        }
        said(html, call.closing());
        switch (call.state()) {
            case RINGING -> html.open("div", "class", "actions")
                    .markup(button(VirtualPhoneResource.ANSWER, number, event.id(), "Answer", "answer"))
                    .markup(button(VirtualPhoneResource.DECLINE, number, event.id(), "Decline", "decline"))
                    .close("div")
                    .element("p", "Declining is reported as no-answer, as when a call rings out.", "class", "hint");
            case TALKING -> {
                if (call.keysUrl() != null) {
                    keypad(html, number, event.id());
                }
                html.open("div", "class", "actions")
                        .markup(button(VirtualPhoneResource.HANG_UP, number, event.id(), "Hang up", "decline"))
                        .close("div");
            }
            case ENDED, MISSED, CANCELED -> {
                // Nothing left to do.
            }
        }
        note(html, event);
        html.close("li");
    }

    private void keypad(Html html, String number, String callId) {
        html.open("form", "class", "keypad", "method", "post", "action", action(VirtualPhoneResource.KEYS, callId));
        hiddenFields(html, number);
        html.open("input", "type", "text", "name", VirtualPhoneResource.DIGITS_FIELD, "inputmode", "tel",
                "autocomplete", "off", "maxlength", "40", "placeholder", "Keys, then #", "aria-label", "Keys pressed");
        html.open("div", "class", "keys");
        for (String key : KEYS) {
            html.element("button", key, "type", "button", "data-key", key);
        }
        html.element("button", "#", "type", "submit", "class", "hash", "title", "Finish with #: sends the keys");
        html.close("div").close("form");
    }

    /** A form with one button: the safe way to POST from a link-like action. */
    private String button(String path, String number, String callId, String label, String style) {
        Html form = new Html().open("form", "method", "post", "action", action(path, callId));
        hiddenFields(form, number);
        return form.element("button", label, "type", "submit", "class", style).close("form").toString();
    }

    private void said(Html html, List<String> lines) {
        for (String line : lines) {
            html.open("blockquote", "class", "said").element("span", "The call says", "class", "who")
                    .element("p", line).close("blockquote");
        }
    }

    private void meta(Html html, String who, long at, PhoneCall.State state) {
        ZonedDateTime time = Instant.ofEpochMilli(at).atZone(zone);
        html.open("div", "class", "meta").element("span", who)
                .element("time", CLOCK.format(time), "datetime", time.toOffsetDateTime().toString(), "title", FULL.format(time));
        if (state != null) {
            html.element("span", label(state), "class", "badge " + state.name().toLowerCase(Locale.ROOT));
        }
        html.close("div");
    }

    private static void note(Html html, PhoneEvent event) {
        if (event.note() != null) {
            html.element("p", event.note(), "class", "note");
        }
    }

    private void hiddenFields(Html html, String number) {
        html.open("input", "type", "hidden", "name", VirtualPhoneResource.NUMBER_FIELD, "value", number);
        html.open("input", "type", "hidden", "name", VirtualPhoneCsrf.FIELD, "value", csrfToken);
    }

    /** Call ids are this gateway's own (letters and hex digits): nothing to encode in the path. */
    private String action(String path, String callId) {
        return pageUri + "/" + (callId == null ? path : path.replace("{call}", callId));
    }

    private static String label(PhoneCall.State state) {
        return switch (state) {
            case RINGING -> "Ringing";
            case TALKING -> "In call";
            case ENDED -> "Ended";
            case MISSED -> "Missed";
            case CANCELED -> "Cancelled";
        };
    }

    private static String asset(String name) {
        try (InputStream in = VirtualPhonePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the provider JAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
