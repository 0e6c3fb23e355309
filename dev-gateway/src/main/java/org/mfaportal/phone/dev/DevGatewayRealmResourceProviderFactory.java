package org.mfaportal.phone.dev;

import jakarta.ws.rs.Path;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts the dev gateway's pages at /realms/{realm}/mfa-dev-gateway; each answers 404 unless "dev"
 * is the gateway.
 */
public final class DevGatewayRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "mfa-dev-gateway";

    /**
     * The root of /realms/{realm}/mfa-dev-gateway (Keycloak answers a realm resource's bare root
     * 405: pages have sub-paths).
     */
    public static final class Root {

        private final KeycloakSession session;

        Root(KeycloakSession session) {
            this.session = session;
        }

        /** The dev gateway's phones (texts, calls, keypad). */
        @Path(VirtualPhoneResource.PATH)
        public VirtualPhoneResource virtualPhone() {
            return new VirtualPhoneResource(session);
        }
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new Root(session);
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
