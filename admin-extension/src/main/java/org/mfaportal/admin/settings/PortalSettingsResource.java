package org.mfaportal.admin.settings;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.rest.JsonBody;
import org.mfaportal.rest.JsonError;
import org.mfaportal.settings.InvalidSettingException;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.settings.SettingSchema;
import org.mfaportal.settings.SettingsUpdate;

/**
 * GET and PUT /admin/realms/{realm}/mfa-portal/settings. Reading needs view-realm or
 * manage-portal-settings, changing manage-realm or manage-portal-settings. A PUT may name any
 * subset of the settings; it is checked whole, so a refused change stores nothing.
 */
public final class PortalSettingsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public PortalSettingsResource(
            KeycloakSession session,
            RealmModel realm,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.REALM);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> read() {
        access.requireViewSettings();
        return PortalSettings.of(realm).asJson();
    }

    /**
     * GET settings/schema: how to edit each setting (type, range, default, message keys), for the
     * console's generated form.
     */
    @GET
    @Path("schema")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> schema() {
        access.requireViewSettings();
        return SettingSchema.asJson();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(byte[] body) {
        access.requireManageSettings();
        Map<String, Object> requested;
        try {
            requested = JsonBody.object(body);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (requested == null) {
            return JsonError.badSetting("body", "the body must be a JSON object of settings");
        }
        SettingsUpdate update;
        try {
            update = SettingsUpdate.check(PortalSettings.of(realm), requested);
        } catch (InvalidSettingException e) {
            return JsonError.badSetting(e.setting(), e.getMessage());
        }
        Map<String, Object> result = update.applyTo(realm).asJson();
        adminEvent
                .operation(OperationType.UPDATE)
                .resourcePath(session.getContext().getUri())
                .representation(requested)
                .success();
        return Response.ok(result).build();
    }
}
