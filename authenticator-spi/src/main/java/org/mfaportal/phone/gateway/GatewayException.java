package org.mfaportal.phone.gateway;

/** The gateway refused or failed to send; the message is for logs, never for the page. */
public final class GatewayException extends RuntimeException {

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewayException(String message) {
        super(message);
    }
}
