package org.mfaportal.it.kit.twilio;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text message the gateway asked the fake to send. {@code from} is null when the gateway sent it
 * through a messaging service (Twilio then picks the sender).
 */
public record SentText(
        String sid,
        String to,
        String from,
        String messagingServiceSid,
        String body,
        URI statusCallback,
        ZonedDateTime dateCreated) {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{4,10}(?!\\d)");

    /** The one-time code in the text: its first run of 4 to 10 digits. */
    public String code() {
        Matcher matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No code (4-10 digits) in the text to " + to + ": " + body);
        }
        return matcher.group();
    }
}
