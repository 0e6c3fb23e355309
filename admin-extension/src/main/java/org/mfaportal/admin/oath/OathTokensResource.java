package org.mfaportal.admin.oath;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.mfaportal.oath.OathToken;
import org.mfaportal.oath.TokenBatch;
import org.mfaportal.oath.TokenFileException;
import org.mfaportal.oath.TokenInventory;
import org.mfaportal.oath.TokenSerials;
import org.mfaportal.oath.TokenSummary;

/**
 * /admin/realms/{realm}/mfa-portal/oath/tokens: the realm's inventory of unassigned OATH tokens.
 * Importing and listing need the right to manage users (manage-users, or the fine-grained "manage"
 * on users); assigning needs the right to manage that user. Secrets go in, never out.
 */
public final class OathTokensResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public OathTokensResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                              AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TokenSummary> list() {
        auth.users().requireManage();
        return new TokenInventory(session, realm).list();
    }

    /** All or nothing: the whole file is read and checked before the first token is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importTokens(TokenImportRequest request) {
        auth.users().requireManage();
        List<OathToken> tokens;
        try {
            tokens = TokenBatch.check(TokenFiles.read(request), new TokenSerials(session, realm)::known);
        } catch (TokenFileException e) {
            return refused("invalid_token_file", e.getMessage());
        }
        new TokenInventory(session, realm).add(tokens);
        List<String> serials = tokens.stream().map(OathToken::serial).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("imported", serials.size());
        result.put("serials", serials);
        adminEvent.operation(OperationType.CREATE).resourcePath(session.getContext().getUri())
                .representation(result).success();
        return Response.ok(result).build();
    }

    /** Gives an unassigned token to a user; body {"userId": "..."}. */
    @POST
    @Path("{serial}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("serial") String serial, Map<String, String> body) {
        String userId = body == null ? null : body.get("userId");
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        if (user == null || TokenInventory.HOLDER_USERNAME.equals(user.getUsername())) {
            auth.users().requireQuery();
            return refused("user_not_found", "userId does not name a user of this realm");
        }
        auth.users().requireManage(user);
        if (!new TokenInventory(session, realm).assign(serial, user)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(error("token_not_found", "no unassigned token has serial " + serial)).build();
        }
        adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri())
                .representation(Map.of("serial", serial, "userId", user.getId())).success();
        return Response.noContent().build();
    }

    private static Response refused(String code, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(error(code, message)).build();
    }

    private static Map<String, String> error(String code, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("error", code);
        error.put("error_description", message);
        return error;
    }
}
