package org.mfaportal.push.base;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.common.util.Time;

/**
 * A sign-in (or a first approval at activation) waiting for one of the user's devices. The browser
 * follows it through its ticket; only the options, never the correct one, go to the device. Its URL
 * is not kept: each poll gets the one that device polls (see ChallengeJson).
 *
 * @param serials the devices it went to
 * @param options number matching: the numbers the app offers (empty without number matching)
 * @param answer number matching: the number the page shows
 * @param expiresAt Keycloak time (ms), so that tests can move the clock
 * @param browser who asked: a hash of the browser's Keycloak authentication session, or null (see
 *     {@link BrowserRef})
 */
public record Challenge(
        String nonce,
        String realmId,
        String userId,
        String ticketId,
        List<String> serials,
        String question,
        String title,
        List<String> options,
        String answer,
        long expiresAt,
        int slot,
        String browser) {

    /**
     * Started by that browser: its own request, which a new sign-in there may close (never
     * another's).
     */
    public boolean startedBy(String browserRef) {
        return browser != null && browser.equals(browserRef);
    }

    public boolean numberMatching() {
        return !options.isEmpty();
    }

    public boolean expired() {
        return Time.currentTimeMillis() > expiresAt;
    }

    public boolean sentTo(String serial) {
        return serials.contains(serial);
    }

    /** As the store (challenge.Challenges) keeps it; public since the store sits one layer up. */
    public Map<String, String> notes() {
        Map<String, String> notes = new HashMap<>();
        notes.put("realm", realmId);
        notes.put("user", userId);
        notes.put("ticket", ticketId);
        notes.put("serials", String.join(",", serials));
        notes.put("question", question);
        notes.put("title", title);
        notes.put("options", String.join(",", options));
        notes.put("answer", answer == null ? "" : answer);
        notes.put("expiresAt", Long.toString(expiresAt));
        notes.put("slot", Integer.toString(slot));
        if (browser != null) {
            notes.put("browser", browser);
        }
        return notes;
    }

    /** Read back from the store's notes. */
    public static Challenge of(String nonce, Map<String, String> notes) {
        String options = notes.get("options");
        String answer = notes.get("answer");
        return new Challenge(
                nonce,
                notes.get("realm"),
                notes.get("user"),
                notes.get("ticket"),
                Arrays.asList(notes.get("serials").split(",")),
                notes.get("question"),
                notes.get("title"),
                options == null || options.isEmpty()
                        ? List.of()
                        : Arrays.asList(options.split(",")),
                answer == null || answer.isEmpty() ? null : answer,
                Long.parseLong(notes.get("expiresAt")),
                Integer.parseInt(notes.get("slot")),
                notes.get("browser"));
    }
}
