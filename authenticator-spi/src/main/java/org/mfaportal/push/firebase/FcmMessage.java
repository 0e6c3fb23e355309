package org.mfaportal.push.firebase;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of FCM's {@code messages:send} as privacyIDEA's server builds it for its push token: the
 * challenge (what a poll returns, signed for that device) as data, high priority on Android, an
 * alert with the challenge's title and question on iOS (which shows nothing for a data message
 * while the app sleeps). Unlike privacyIDEA, no top-level "notification": on Android the message
 * stays data-only, so the app's own handler shows it. Nothing else goes out: no user name, no
 * number to pick beyond the options the poll shows too.
 */
final class FcmMessage {

    /** privacyIDEA's collapse id: a newer request replaces an older one on iOS. */
    static final String APNS_COLLAPSE_ID = "privacyidea.pushtoken";

    private FcmMessage() {}

    /**
     * @param data the challenge as the app reads it (all strings)
     * @param secondsLeft how long the challenge still waits; FCM drops the message after that
     * @param expiresAtEpochSecond the same, as APNs wants it
     */
    static Map<String, Object> of(
            String registrationToken,
            Map<String, String> data,
            long secondsLeft,
            long expiresAtEpochSecond) {
        Map<String, Object> android = new LinkedHashMap<>();
        android.put("priority", "HIGH");
        android.put("ttl", secondsLeft + "s");

        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("apns-priority", "10");
        headers.put("apns-push-type", "alert");
        headers.put("apns-collapse-id", APNS_COLLAPSE_ID);
        headers.put("apns-expiration", Long.toString(expiresAtEpochSecond));
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("title", data.get("title"));
        alert.put("body", data.get("question"));
        Map<String, Object> aps = new LinkedHashMap<>();
        aps.put("alert", alert);
        aps.put("sound", "default");
        aps.put("category", "PUSH_AUTHENTICATION");
        Map<String, Object> apns = new LinkedHashMap<>();
        apns.put("headers", headers);
        apns.put("payload", Map.of("aps", aps));

        Map<String, Object> message = new LinkedHashMap<>();
        message.put("token", registrationToken);
        message.put("data", data);
        message.put("android", android);
        message.put("apns", apns);
        return Map.of("message", message);
    }
}
