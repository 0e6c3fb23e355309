package org.mfaportal.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.mfaportal.admin.access.PortalAdminClientProvisioning;

/** Mounts the portal's admin API at /admin/realms/{realm}/mfa-portal. */
public final class PortalAdminResourceProviderFactory
        implements AdminRealmResourceProviderFactory, AdminRealmResourceProvider {

    public static final String ID = "mfa-portal";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public Object getResource(
            KeycloakSession session,
            RealmModel realm,
            AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        return new PortalAdminResource(session, realm, auth, adminEvent);
    }

    @Override
    public void init(Config.Scope config) {
        // No options.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Every realm, existing or new, gets the portal's client and roles.
        factory.register(new PortalAdminClientProvisioning(factory));
    }

    @Override
    public void close() {
        // Stateless.
    }
}
