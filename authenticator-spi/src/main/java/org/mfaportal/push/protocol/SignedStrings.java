package org.mfaportal.push.protocol;

import java.util.List;

/** The strings that each side signs (pipush v1; the pipe is literal, nothing is escaped). */
public final class SignedStrings {

    private SignedStrings() {}

    /** Server → device: a challenge; with number matching the options are appended. */
    public static String challenge(
            String nonce,
            String url,
            String serial,
            String question,
            String title,
            String sslverify,
            List<String> options) {
        String base = String.join("|", nonce, url, serial, question, title, sslverify);
        return options == null || options.isEmpty() ? base : base + "|" + String.join(",", options);
    }

    /** Device → server: a poll. */
    public static String poll(String serial, String timestamp) {
        return serial + "|" + timestamp;
    }

    /** Device → server: an approval (standard), or the picked option (number matching). */
    public static String answer(String nonce, String serial, String presenceAnswer) {
        return presenceAnswer == null || presenceAnswer.isEmpty()
                ? nonce + "|" + serial
                : nonce + "|" + serial + "|" + presenceAnswer;
    }

    /** Device → server: a denial; the reason, when the app sends one, is signed too (§9). */
    public static String decline(String nonce, String serial, String reason) {
        String base = nonce + "|" + serial + "|decline";
        return reason == null || reason.isEmpty() ? base : base + "|" + reason;
    }

    /**
     * Server → device: the capabilities announced with a challenge, as RFC 8785 canonical JSON of
     * {@code {"capabilities":..., "nonce":...}}, so that they cannot be moved to another challenge.
     * Our nonces are base32, which JSON needs no escaping for.
     */
    public static String capabilities(String nonce) {
        if (!nonce.matches("[A-Z2-7=]+")) {
            throw new IllegalArgumentException("not a base32 nonce");
        }
        return "{\"capabilities\":" + PushCapabilities.CANONICAL + ",\"nonce\":\"" + nonce + "\"}";
    }

    /** Device → server: the (no-)Firebase token update after a poll-only rollout. */
    public static String firebaseUpdate(String token, String serial, String timestamp) {
        return token + "|" + serial + "|" + timestamp;
    }
}
