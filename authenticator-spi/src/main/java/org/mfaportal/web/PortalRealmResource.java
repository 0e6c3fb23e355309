package org.mfaportal.web;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.keycloak.models.KeycloakSession;
import org.mfaportal.phone.webhook.PhoneWebhookResource;
import org.mfaportal.portal.AccountPortalResource;
import org.mfaportal.push.device.PushDeviceResource;

/** The root of /realms/{realm}/mfa-portal; each area is a sub-resource with its own path. */
public final class PortalRealmResource {

    private final KeycloakSession session;

    PortalRealmResource(KeycloakSession session) {
        this.session = session;
    }

    /** Gateway webhooks (calls, texts) and the waiting page's long poll. */
    @Path("phone")
    public PhoneWebhookResource phone() {
        return new PhoneWebhookResource(session);
    }

    /**
     * The mobile app's endpoint (privacyIDEA's /ttype/push): rollout, polls and answers of one
     * user's devices.
     */
    @Path("push/{userRef}")
    public PushDeviceResource push(@PathParam("userRef") String userRef) {
        return new PushDeviceResource(session, userRef);
    }

    /** The user portal's API for the signed-in user (account console page). */
    @Path("account")
    public AccountPortalResource account() {
        return new AccountPortalResource(session);
    }
}
