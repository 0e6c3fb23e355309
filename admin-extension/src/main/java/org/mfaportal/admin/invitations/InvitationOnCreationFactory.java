package org.mfaportal.admin.invitations;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Global, so no realm has to list it among its event listeners: the realm's {@code
 * invitationOnImport} setting alone decides.
 */
public final class InvitationOnCreationFactory implements EventListenerProviderFactory {

    public static final String ID = "mfa-portal-invitations";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new InvitationOnCreation(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
        // Per realm, in the portal settings.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // Stateless.
    }
}
