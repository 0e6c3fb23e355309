package org.mfaportal.admin.questions;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.questions.InvalidCatalogException;
import org.mfaportal.questions.QuestionCatalog;
import org.mfaportal.questions.QuestionCatalogs;
import org.mfaportal.rest.JsonBody;
import org.mfaportal.rest.JsonError;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * GET and PUT /admin/realms/{realm}/mfa-portal/questions: the realm's security-question catalog.
 * Who may read or change it is {@link PortalAdminAccess}'s to say (the settings role, or realm or
 * user management rights, since the seed's Security Questions tab belongs to user administration).
 * A PUT replaces the whole catalog (add, remove, reorder, translate); it is checked whole, and a
 * refused one stores nothing.
 */
public final class QuestionCatalogResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public QuestionCatalogResource(
            KeycloakSession session,
            RealmModel realm,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.REALM);
    }

    /** The catalog in use, with "shipped": true while the realm still uses the portal's own. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> read() {
        access.requireViewQuestions();
        Map<String, Object> json = new LinkedHashMap<>(QuestionCatalogs.of(realm).asJson());
        json.put("shipped", !QuestionCatalogs.isCustomised(realm));
        return json;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replace(byte[] body) {
        access.requireManageQuestions();
        JsonNode requested;
        try {
            requested = JsonBody.read(body, JsonNode.class);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        int chosenAtEnrollment =
                PortalSettings.of(realm).number(PortalSetting.QUESTIONS_AT_ENROLLMENT);
        QuestionCatalog catalog;
        try {
            catalog = QuestionCatalog.parse(withoutShippedFlag(requested), chosenAtEnrollment);
        } catch (InvalidCatalogException e) {
            return JsonError.badRequest("invalid_question_catalog", e.getMessage());
        }
        QuestionCatalogs.store(realm, catalog);
        adminEvent
                .operation(OperationType.UPDATE)
                .resourcePath(session.getContext().getUri())
                .representation(catalog.asJson())
                .success();
        return Response.ok(catalog.asJson()).build();
    }

    /**
     * A GET's answer may be sent back as it is: its read-only "shipped" flag is not part of the
     * catalog.
     */
    private static JsonNode withoutShippedFlag(JsonNode requested) {
        if (requested == null || !requested.isObject() || !requested.has("shipped")) {
            return requested;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = requested.deepCopy();
        copy.remove("shipped");
        return copy;
    }
}
