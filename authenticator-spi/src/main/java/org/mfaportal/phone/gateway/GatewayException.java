package org.mfaportal.phone.gateway;

/**
 * The gateway refused or failed to send; the message is for logs, never for the page. The gateway's
 * error code (Twilio's, e.g. 21211), where it gave one, tells a refusal that will not go away.
 */
public final class GatewayException extends RuntimeException {

    private final Integer code;

    public GatewayException(String message, Integer code, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public GatewayException(String message) {
        super(message);
        this.code = null;
    }

    /** The gateway's error code, or null. */
    public Integer code() {
        return code;
    }
}
