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

    /** Device → server: a denial. */
    public static String decline(String nonce, String serial) {
        return nonce + "|" + serial + "|decline";
    }

    /** Device → server: the (no-)Firebase token update after a poll-only rollout. */
    public static String firebaseUpdate(String token, String serial, String timestamp) {
        return token + "|" + serial + "|" + timestamp;
    }
}
