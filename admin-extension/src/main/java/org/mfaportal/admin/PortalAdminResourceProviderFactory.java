package org.mfaportal.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.mfaportal.admin.access.PortalAdminClientProvisioning;

/**
 * Mounts the portal's admin API at /admin/realms/{realm}/mfa-portal, and gives every realm the
 * portal's client and roles.
 */
public final class PortalAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

    public static final String ID = "mfa-portal";

    private PortalAdminClientProvisioning provisioning;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return new PortalAdminResourceProvider();
    }

    @Override
    public void init(Config.Scope config) {
        // No options.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Every realm, existing or new, gets the portal's client and roles.
        provisioning = new PortalAdminClientProvisioning(factory);
        factory.register(provisioning);
    }

    /** The server stops (called once, for the factory; each request's provider has its own). */
    @Override
    public void close() {
        if (provisioning != null) {
            provisioning.stop();
        }
    }
}
