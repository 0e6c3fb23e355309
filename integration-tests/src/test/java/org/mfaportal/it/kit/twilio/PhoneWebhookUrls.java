package org.mfaportal.it.kit.twilio;

import java.net.URI;
import org.mfaportal.phone.webhook.WebhookPaths;

/**
 * Keycloak's phone webhooks for one realm, built from the server's own path constants: where the
 * fake posts inbound texts, and where a call's keys and status go for a ticket.
 */
public record PhoneWebhookUrls(URI keycloak, String realm) {

    public URI textInbound() {
        return url(WebhookPaths.TEXT_INBOUND, null);
    }

    public URI callDigits(String ticket) {
        return url(WebhookPaths.CALL_DIGITS, ticket);
    }

    public URI callStatus(String ticket) {
        return url(WebhookPaths.CALL_STATUS, ticket);
    }

    private URI url(String path, String ticket) {
        String filled = ticket == null ? path : path.replace("{ticket}", ticket);
        return URI.create(keycloak + "/realms/" + realm + "/" + WebhookPaths.ROOT + "/" + filled);
    }
}
