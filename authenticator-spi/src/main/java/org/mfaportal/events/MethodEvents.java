package org.mfaportal.events;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What login events say about the second step: the method, the gateway and its message or call id;
 * never a code or a PIN. The sending and the success are different requests, so what was sent is
 * remembered in the authentication session until the LOGIN event is written.
 */
public final class MethodEvents {

    public static final String METHOD = "mfa_method";
    public static final String GATEWAY = "mfa_gateway";
    public static final String GATEWAY_ID = "mfa_gateway_id";
    private static final String NOTE = "mfa-portal.event.";

    /**
     * What a gateway reports about a text or call it was handed (the phone layer's send result is
     * one).
     */
    public interface Sent {
        /** The gateway's provider id, e.g. "twilio". */
        String gateway();

        /** The gateway's id of the message or call; null when nothing went out. */
        String gatewayId();
    }

    private MethodEvents() {}

    /**
     * A text or call went out (or was refused): noted on this request's event and kept for the
     * LOGIN one.
     */
    public static void sent(
            AuthenticationSessionModel auth, EventBuilder event, String method, Sent result) {
        event.detail(METHOD, method);
        remember(auth, event, GATEWAY, result.gateway());
        remember(auth, event, GATEWAY_ID, result.gatewayId());
    }

    /** The method succeeded: the event that follows (LOGIN) names it and what was sent. */
    public static void succeeded(
            AuthenticationSessionModel auth, EventBuilder event, String method) {
        event.detail(METHOD, method);
        for (String detail : new String[] {GATEWAY, GATEWAY_ID}) {
            String value = auth.getAuthNote(NOTE + detail);
            if (value != null) {
                event.detail(detail, value);
            }
        }
    }

    /**
     * The method failed: a LOGIN_ERROR that names the user (an authenticator's event has none until
     * the flow ends) and the method, with the gateway details of what was sent.
     */
    public static void failed(
            AuthenticationSessionModel auth,
            EventBuilder event,
            UserModel user,
            String method,
            String error) {
        EventBuilder failure = event.clone().user(user).detail(METHOD, method);
        for (String detail : new String[] {GATEWAY, GATEWAY_ID}) {
            String value = auth.getAuthNote(NOTE + detail);
            if (value != null) {
                failure.detail(detail, value);
            }
        }
        failure.error(error);
    }

    private static void remember(
            AuthenticationSessionModel auth, EventBuilder event, String detail, String value) {
        if (value != null) {
            event.detail(detail, value);
            auth.setAuthNote(NOTE + detail, value);
        }
    }
}
