package org.mfaportal.phone.webhook;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.gateway.PhoneGateway;

/**
 * The fields of a webhook POST, accepted only if the gateway's signature covers them and the URL
 * the gateway was given (its configured public URL plus the request's path, whatever the Host).
 */
final class SignedWebhook {

    private static final Logger LOG = Logger.getLogger(SignedWebhook.class);

    private SignedWebhook() {}

    static Map<String, String> verify(KeycloakSession session, PhoneGateway gateway) {
        MultivaluedMap<String, String> form =
                session.getContext().getHttpRequest().getDecodedFormParameters();
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        String url = WebhookPaths.asCalledByGateway(gateway, session);
        String signature =
                session.getContext().getRequestHeaders().getHeaderString(gateway.signatureHeader());
        if (!gateway.isAuthentic(url, fields, signature)) {
            LOG.warnf(
                    "Refused a webhook to %s: %s signature",
                    url, signature == null ? "no" : "a wrong");
            throw new ForbiddenException("invalid webhook signature");
        }
        return fields;
    }
}
