package org.mfaportal.waiting;

import java.net.URI;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Where a waiting page (call, two-way text, mobile app) long-polls its ticket's outcome:
 * /realms/{realm}/mfa-portal/phone/tickets/{ticket}/state, served beside the phone webhooks.
 */
public final class TicketPoll {

    /** Below /realms/{realm}: the root the phone webhooks share with the poll. */
    public static final String ROOT = "mfa-portal/phone";

    /** Below {@link #ROOT}. */
    public static final String PATH = "tickets/{ticket}/state";

    private TicketPoll() {}

    /**
     * The poll's URL on the host the browser is on, as Keycloak's own form actions are. Never for a
     * gateway, a phone or a message: those start at the gateway's configured public URL.
     */
    public static URI forPage(KeycloakSession session, RealmModel realm, String ticketId) {
        return session.getContext()
                .getUri()
                .getBaseUriBuilder()
                .path("realms")
                .path(realm.getName())
                .path(ROOT)
                .path(PATH)
                .build(ticketId);
    }
}
