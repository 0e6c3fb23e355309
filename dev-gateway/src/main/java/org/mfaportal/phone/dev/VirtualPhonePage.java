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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the virtual phone page ({@link #TEMPLATE}) shows: one card per number, its texts and calls
 * newest first, with the words, times and form targets worked out here; the template only lays them
 * out. Public, with its records, only because FreeMarker reads them by reflection.
 */
public final class VirtualPhonePage {

    static final String TEMPLATE = "mfa-virtual-phone.ftl";
    private static final String STYLE = asset("virtual-phone.css");
    private static final String SCRIPT = asset("virtual-phone.js");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    /** One number's card. Public, as the template reads it by reflection. */
    public record Phone(String number, String anchor, List<Event> events) {}

    /** One text or call; {@code state} (a call's, lower case) is null for texts. */
    public record Event(
            String id,
            String cssClass,
            String who,
            String clock,
            String datetime,
            String fullTime,
            String state,
            String badge,
            String text,
            List<String> heard,
            String keys,
            List<String> closing,
            boolean keypad,
            String note,
            String pageUri) {

        /**
         * Where a call's button posts, e.g. {@code url("answer")}. Call ids are ours (letters and
         * hex): nothing to encode.
         */
        public String url(String action) {
            return pageUri + "/calls/" + id + "/" + action;
        }
    }

    private final String realmName;
    private final String fromNumber;
    private final URI pageUri;
    private final ZoneId zone;
    private final String csrfToken;

    VirtualPhonePage(
            String realmName, String fromNumber, URI pageUri, ZoneId zone, String csrfToken) {
        this.realmName = realmName;
        this.fromNumber = fromNumber;
        this.pageUri = pageUri;
        this.zone = zone;
        this.csrfToken = csrfToken;
    }

    /** Only this page's own script and style run; it is framed nowhere and posts only to itself. */
    static Map<String, String> securityHeaders(String nonce) {
        return Map.of(
                "Content-Security-Policy",
                        "default-src 'none'; style-src 'nonce-"
                                + nonce
                                + "'; script-src 'nonce-"
                                + nonce
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

    /** The template's attributes. */
    Map<String, Object> attributes(Inbox inbox, String nonce) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("realmName", realmName);
        attributes.put("fromNumber", fromNumber);
        attributes.put("csrf", csrfToken);
        attributes.put("nonce", nonce);
        attributes.put("style", STYLE);
        attributes.put("script", SCRIPT);
        attributes.put("replyUrl", pageUri + "/" + VirtualPhoneResource.REPLY);
        attributes.put("maxTextLength", VirtualPhoneResource.MAX_TEXT_LENGTH);
        attributes.put(
                "phones",
                inbox.numbersByActivity().stream()
                        .map(
                                number ->
                                        new Phone(
                                                number,
                                                anchor(number),
                                                inbox.numbers().get(number).stream()
                                                        .map(this::event)
                                                        .toList()))
                        .toList());
        return attributes;
    }

    private Event event(PhoneEvent event) {
        ZonedDateTime time = Instant.ofEpochMilli(event.at()).atZone(zone);
        String clock = CLOCK.format(time);
        String datetime = time.toOffsetDateTime().toString();
        String full = FULL.format(time);
        return switch (event.kind()) {
            case TEXT_RECEIVED ->
                    new Event(
                            event.id(),
                            "event text received",
                            "Text from " + fromNumber,
                            clock,
                            datetime,
                            full,
                            null,
                            null,
                            event.text(),
                            List.of(),
                            null,
                            List.of(),
                            false,
                            event.note(),
                            pageUri.toString());
            case TEXT_SENT ->
                    new Event(
                            event.id(),
                            "event text sent",
                            "You replied",
                            clock,
                            datetime,
                            full,
                            null,
                            null,
                            event.text(),
                            List.of(),
                            null,
                            List.of(),
                            false,
                            event.note(),
                            pageUri.toString());
            case CALL -> {
                PhoneCall call = event.call();
                String state = call.state().name().toLowerCase(Locale.ROOT);
                yield new Event(
                        event.id(),
                        "event call " + state,
                        "Call from "
                                + fromNumber
                                + (call.extension() == null
                                        ? ""
                                        : " to extension " + call.extension()),
                        clock,
                        datetime,
                        full,
                        state,
                        label(call.state()),
                        null,
                        call.heard(),
                        call.keys(),
                        call.closing(),
                        call.keysUrl() != null,
                        event.note(),
                        pageUri.toString());
            }
        };
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
                throw new IllegalStateException(name + " is missing from the dev gateway's JAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
