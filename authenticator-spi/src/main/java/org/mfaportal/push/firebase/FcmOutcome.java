package org.mfaportal.push.firebase;

import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * What FCM's answer means for the operator, in a log line without tokens: FCM's own error status
 * and error code (e.g. NOT_FOUND / UNREGISTERED: the app was removed or its token is stale;
 * RESOURCE_EXHAUSTED / QUOTA_EXCEEDED: quota), never the request or the answer's free text.
 */
record FcmOutcome(int status, String errorStatus, String errorCode) {

    boolean sent() {
        return status / 100 == 2;
    }

    static FcmOutcome of(int status, String body) {
        if (status / 100 == 2) {
            return new FcmOutcome(status, null, null);
        }
        String errorStatus = null;
        String errorCode = null;
        try {
            Map<?, ?> json = JsonSerialization.readValue(body, Map.class);
            if (json.get("error") instanceof Map<?, ?> error) {
                errorStatus = word(error.get("status"));
                if (error.get("details") instanceof java.util.List<?> details) {
                    for (Object detail : details) {
                        if (detail instanceof Map<?, ?> d && d.get("errorCode") != null) {
                            errorCode = word(d.get("errorCode"));
                        }
                    }
                }
            }
        } catch (Exception e) {
            // Not FCM's JSON (a proxy's page): the status alone says enough.
        }
        return new FcmOutcome(status, errorStatus, errorCode);
    }

    /** Why, for the log: "404 NOT_FOUND UNREGISTERED (the app's registration is gone)". */
    String describe() {
        StringBuilder text = new StringBuilder().append(status);
        if (errorStatus != null) {
            text.append(' ').append(errorStatus);
        }
        if (errorCode != null) {
            text.append(' ').append(errorCode);
        }
        return text.append(" (").append(meaning()).append(')').toString();
    }

    private String meaning() {
        if ("UNREGISTERED".equals(errorCode) || status == 404) {
            return "the app's Firebase registration is gone: removed app or stale token";
        }
        if ("INVALID_ARGUMENT".equals(errorCode) || status == 400) {
            return "FCM refused the message or the registration token";
        }
        if (status == 401 || status == 403) {
            return "the service account may not send through this project";
        }
        if (status == 429) {
            return "FCM's quota is used up for now";
        }
        if (status >= 500) {
            return "FCM is unavailable for now";
        }
        return "not sent";
    }

    /** An FCM enum word, or null: nothing else from the answer reaches the log. */
    private static String word(Object value) {
        return value instanceof String text && text.matches("[A-Z_]{1,64}") ? text : null;
    }
}
