package org.mfaportal.phone.flow;

import org.keycloak.events.EventBuilder;
import org.mfaportal.phone.Outbound;

/** What login events say about the second step: the method, the gateway and its message id; never a code or PIN. */
public final class MethodEvents {

    public static final String METHOD = "mfa_method";
    public static final String GATEWAY = "mfa_gateway";
    public static final String GATEWAY_ID = "mfa_gateway_id";

    private MethodEvents() {
    }

    public static void mark(EventBuilder event, String method) {
        event.detail(METHOD, method);
    }

    public static void sent(EventBuilder event, String method, Outbound.Result result) {
        event.detail(METHOD, method);
        if (result.gateway() != null) {
            event.detail(GATEWAY, result.gateway());
        }
        if (result.gatewayId() != null) {
            event.detail(GATEWAY_ID, result.gatewayId());
        }
    }
}
