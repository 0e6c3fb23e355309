package org.mfaportal.web;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts the portal's public endpoints at /realms/{realm}/mfa-portal (webhooks, waiting pages). */
public final class PortalRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "mfa-portal";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new PortalRealmResource(session);
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        // No options.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // Nothing held.
    }

    @Override
    public String getId() {
        return ID;
    }
}
