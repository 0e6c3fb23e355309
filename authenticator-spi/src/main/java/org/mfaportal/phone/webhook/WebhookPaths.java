package org.mfaportal.phone.webhook;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.waiting.TicketPoll;

/**
 * Where gateways post back, under /realms/{realm}/mfa-portal/phone. URLs for a gateway start at its
 * configured public URL (never a request's Host); only the browser's own long poll follows the
 * address the browser used.
 */
public final class WebhookPaths {

    public static final String ROOT = TicketPoll.ROOT;

    /** The keys pressed (the keypad action of the greeting that was sent with the call). */
    public static final String CALL_DIGITS = "calls/{ticket}/digits";

    /** The call's end: completed, busy, no-answer, failed, canceled. */
    public static final String CALL_STATUS = "calls/{ticket}/status";

    /** A text message a user sent to the gateway's number. */
    public static final String TEXT_INBOUND = "texts/inbound";

    /** A sent text's fate: sent, delivered, undelivered, failed. */
    public static final String TEXT_STATUS = "texts/{ticket}/status";

    /** The waiting page's long poll for a ticket's outcome. */
    public static final String TICKET_STATE = TicketPoll.PATH;

    private WebhookPaths() {}

    /** A URL the gateway will call: from its configured public URL. */
    public static URI forGateway(
            PhoneGateway gateway, RealmModel realm, String path, String ticket) {
        return build(UriBuilder.fromUri(gateway.publicUrl()), realm, path, ticket);
    }

    /**
     * Where this realm's webhooks live for the gateway, ending in "/": the only place a virtual
     * phone posts.
     */
    public static String gatewayRoot(PhoneGateway gateway, RealmModel realm) {
        return UriBuilder.fromUri(gateway.publicUrl())
                        .path("realms")
                        .path(realm.getName())
                        .path(ROOT)
                        .build()
                + "/";
    }

    /**
     * The URL a gateway signed for the request being served: its public URL plus the request's path
     * below Keycloak's base, so the signature check does not depend on the Host the request
     * carries.
     */
    static String asCalledByGateway(PhoneGateway gateway, KeycloakSession session) {
        return asCalledByGateway(
                gateway.publicUrl(),
                session.getContext().getUri().getBaseUri(),
                session.getContext().getUri().getRequestUri());
    }

    /**
     * Only the path (and query) below Keycloak's base path comes from the request; scheme, host and
     * port are the configured ones. Paths, not URIs: under {@code --hostname} the base is the
     * public address while the request URI is the node's own (http://node:8080/...), which made
     * every webhook on a cluster behind a load balancer fail its signature check (issue 16).
     */
    static String asCalledByGateway(URI publicUrl, URI base, URI request) {
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (!basePath.endsWith("/")) {
            basePath = basePath + "/";
        }
        String path = request.getRawPath() == null ? "" : request.getRawPath();
        String below =
                path.startsWith(basePath)
                        ? path.substring(basePath.length())
                        : path.replaceFirst("^/+", "");
        String query = request.getRawQuery();
        return publicUrl.resolve(below + (query == null ? "" : "?" + query)).toString();
    }

    private static URI build(UriBuilder base, RealmModel realm, String path, String ticket) {
        UriBuilder builder = base.path("realms").path(realm.getName()).path(ROOT).path(path);
        return ticket == null ? builder.build() : builder.build(ticket);
    }
}
