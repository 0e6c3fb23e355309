package org.mfaportal.phone.gateway;

/**
 * The gateway refused or failed to send; the message is for logs, never for the page. A {@link
 * Refusal}, where the gateway knows one, tells a refusal that will not go away.
 */
public final class GatewayException extends RuntimeException {

    private final Refusal refusal;

    public GatewayException(String message, Refusal refusal, Throwable cause) {
        super(message, cause);
        this.refusal = refusal;
    }

    public GatewayException(String message) {
        super(message);
        this.refusal = null;
    }

    /** Why trying again will not help, or null when it may. */
    public Refusal refusal() {
        return refusal;
    }
}
