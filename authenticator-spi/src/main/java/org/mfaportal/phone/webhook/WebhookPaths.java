package org.mfaportal.phone.webhook;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Where gateways post back, under /realms/{realm}/mfa-portal/phone. Built from Keycloak's own view
 * of its public URL (hostname and proxy settings), which is also the URL Twilio signs.
 */
public final class WebhookPaths {

    public static final String ROOT = "mfa-portal/phone";
    /** TwiML for an answered call: greeting and keypad collection. */
    public static final String CALL_SCRIPT = "calls/{ticket}/script";
    /** The keys pressed (Twilio's Gather action). */
    public static final String CALL_DIGITS = "calls/{ticket}/digits";
    /** The call's end: completed, busy, no-answer, failed, canceled. */
    public static final String CALL_STATUS = "calls/{ticket}/status";
    /** A text message a user sent to the gateway's number. */
    public static final String TEXT_INBOUND = "texts/inbound";
    /** The waiting page's long poll for a ticket's outcome. */
    public static final String TICKET_STATE = "tickets/{ticket}/state";

    private WebhookPaths() {
    }

    public static URI url(KeycloakSession session, RealmModel realm, String path, String ticket) {
        UriBuilder builder = session.getContext().getUri().getBaseUriBuilder()
                .path("realms").path(realm.getName()).path(ROOT).path(path);
        return ticket == null ? builder.build() : builder.build(ticket);
    }
}
