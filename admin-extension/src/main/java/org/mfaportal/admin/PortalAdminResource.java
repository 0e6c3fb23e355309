package org.mfaportal.admin;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.mfaportal.admin.oath.OathTokensResource;
import org.mfaportal.admin.questions.QuestionCatalogResource;
import org.mfaportal.admin.settings.PortalSettingsResource;
import org.mfaportal.admin.users.PortalUserResource;

/** The root of the portal's admin API; each area is a sub-resource. */
public final class PortalAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    PortalAdminResource(
            KeycloakSession session,
            RealmModel realm,
            AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @Path("users/{id}")
    public PortalUserResource user(@PathParam("id") String id) {
        UserModel user = session.users().getUserById(realm, id);
        if (user == null) {
            // Same answer whether the user is missing or hidden, as Keycloak's own user resource
            // does.
            auth.users().requireQuery();
            throw new NotFoundException("User not found");
        }
        return new PortalUserResource(session, user, auth, adminEvent);
    }

    @Path("settings")
    public PortalSettingsResource settings() {
        return new PortalSettingsResource(session, realm, auth, adminEvent);
    }

    @Path("questions")
    public QuestionCatalogResource questions() {
        return new QuestionCatalogResource(session, realm, auth, adminEvent);
    }

    @Path("oath/tokens")
    public OathTokensResource oathTokens() {
        return new OathTokensResource(session, realm, auth, adminEvent);
    }
}
