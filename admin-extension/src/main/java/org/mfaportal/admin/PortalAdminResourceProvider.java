package org.mfaportal.admin;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** The portal's admin API of one request: /admin/realms/{realm}/mfa-portal. */
final class PortalAdminResourceProvider implements AdminRealmResourceProvider {

    @Override
    public Object getResource(
            KeycloakSession session,
            RealmModel realm,
            AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        return new PortalAdminResource(session, realm, auth, adminEvent);
    }

    @Override
    public void close() {
        // Nothing held per request.
    }
}
