package org.mfaportal.it.kit.cluster;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;

/**
 * The dev gateway's virtual phone page as a person uses it, in a browser the balancer sends to one
 * node: read a number's texts, reply, answer a call and press keys. What it does becomes webhooks
 * that the node posts to the public URL (the balancer), so they land on the node that the balancer
 * sends unmarked requests to.
 */
public final class VirtualPhone {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{4,10})\\b");

    private final Browser browser;
    private final String page;

    public VirtualPhone(Browser browser, KeycloakServer server) {
        this.browser = browser;
        this.page = server.realmUrl() + "/mfa-dev-gateway/virtual-phone";
    }

    /** The number's card as text (fails if the gateway never texted or called it). */
    public String card(String number) {
        return card(browser.open(page), number).text();
    }

    /** The code in the newest text to this number. */
    public String lastCodeTo(String number) {
        Element card = card(browser.open(page), number);
        var bubbles = card.select("p.bubble");
        if (bubbles.isEmpty()) {
            throw new AssertionError("No text on the virtual phone of " + number);
        }
        // Newest first or last: the template lists events in the inbox's order (newest first).
        Matcher code = CODE.matcher(bubbles.first().text());
        if (!code.find()) {
            throw new AssertionError("No code in: " + bubbles.first().text());
        }
        return code.group(1);
    }

    /** How many texts this number received. */
    public int textsTo(String number) {
        return card(browser.open(page), number).select("p.bubble").size();
    }

    /** Sends a text from this number to the gateway's number; returns the page's HTTP status. */
    public int reply(String number, String body) {
        Element form = card(browser.open(page), number).selectFirst("form.reply");
        return post(form, Map.of("body", body));
    }

    /** Answers the number's ringing call, then types {@code keys} (end with # to finish). */
    public void answerAndPress(String number, String keys) {
        Element answer =
                card(browser.open(page), number).select("form").stream()
                        .filter(f -> f.attr("action").endsWith("/answer"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No ringing call to " + number));
        requireRedirect(post(answer, Map.of()));
        Element keypad = card(browser.open(page), number).selectFirst("form.keypad");
        if (keypad == null) {
            throw new AssertionError("No keypad after answering: " + card(number));
        }
        requireRedirect(post(keypad, Map.of("digits", keys)));
    }

    private int post(Element form, Map<String, String> extra) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.val());
        }
        fields.putAll(extra);
        Page reply = browser.post(form.absUrl("action"), fields);
        return reply.status();
    }

    private static void requireRedirect(int status) {
        if (status != 303) {
            throw new AssertionError("The virtual phone answered " + status);
        }
    }

    private static Element card(Page phone, String number) {
        Element card = phone.html().getElementById("n" + number.replaceAll("[^0-9A-Za-z]", ""));
        if (card == null) {
            throw new AssertionError("Nothing sent to " + number + " on the virtual phone");
        }
        return card;
    }
}
