package org.mfaportal.device;

/** The server refused what the device sent; carries the reply so a test can look at it. */
public final class DeviceException extends RuntimeException {

    private final int status;
    private final String body;

    public DeviceException(String message, int status, String body) {
        super(message + " (HTTP " + status + ")");
        this.status = status;
        this.body = body;
    }

    public DeviceException(int status, String body) {
        this(
                ServerReplies.errorMessage(body).orElse("the server refused the request"),
                status,
                body);
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
