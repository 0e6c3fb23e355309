package org.mfaportal.it.kit.firebase;

/** Errors FCM's messages:send answers, with its own status and error code (FCM v1 reference). */
public enum FcmFailure {
    /** The app was removed, or its registration token is stale. */
    UNREGISTERED(404, "NOT_FOUND", "UNREGISTERED"),
    INVALID_ARGUMENT(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT"),
    QUOTA_EXCEEDED(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED"),
    UNAVAILABLE(503, "UNAVAILABLE", "UNAVAILABLE");

    final int status;
    final String errorStatus;
    final String errorCode;

    FcmFailure(int status, String errorStatus, String errorCode) {
        this.status = status;
        this.errorStatus = errorStatus;
        this.errorCode = errorCode;
    }

    /** What the operator's log line says (FcmOutcome in the provider). */
    public String logged() {
        return status + " " + errorStatus + " " + errorCode;
    }

    String body() {
        return "{\"error\":{\"code\":"
                + status
                + ",\"message\":\"Requested entity was not found.\",\"status\":\""
                + errorStatus
                + "\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                + "\"errorCode\":\""
                + errorCode
                + "\"}]}}";
    }
}
