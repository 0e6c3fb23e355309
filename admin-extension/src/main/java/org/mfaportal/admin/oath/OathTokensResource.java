package org.mfaportal.admin.oath;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.oath.OathToken;
import org.mfaportal.oath.TokenBatch;
import org.mfaportal.oath.TokenFileException;
import org.mfaportal.oath.TokenInventory;
import org.mfaportal.oath.TokenSerials;
import org.mfaportal.oath.TokenSummary;
import org.mfaportal.rest.JsonBody;
import org.mfaportal.rest.JsonError;

/**
 * /admin/realms/{realm}/mfa-portal/oath/tokens: the realm's inventory of unassigned OATH tokens.
 * Importing, listing and removing need the portal role manage-tokens or the right to manage all
 * users; assigning needs the right to change that user's second factors. Secrets go in, never out.
 */
public final class OathTokensResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public OathTokensResource(
            KeycloakSession session,
            RealmModel realm,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /**
     * The whole inventory in import order without parameters (as before); with {@code search},
     * {@code first} or {@code max}, one page of the tokens whose serial contains the search,
     * ordered by serial. The answer is a list either way.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(
            @QueryParam("search") String search,
            @QueryParam("first") String first,
            @QueryParam("max") String max) {
        access.requireManageTokens();
        TokenInventory inventory = new TokenInventory(session, realm);
        if (search == null && first == null && max == null) {
            return Response.ok(inventory.list()).build();
        }
        TokenPage page;
        try {
            page = TokenPage.of(search, first, max);
        } catch (IllegalArgumentException e) {
            return JsonError.badRequest("invalid_request", e.getMessage());
        }
        List<TokenSummary> tokens = inventory.page(page.search(), page.first(), page.max());
        return Response.ok(tokens).build();
    }

    /** All or nothing: the whole file is read and checked before the first token is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importTokens(byte[] body) {
        access.requireManageTokens();
        TokenImportRequest request;
        List<OathToken> tokens;
        try {
            request = JsonBody.read(body, TokenImportRequest.class);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        try {
            tokens =
                    TokenBatch.check(
                            TokenFiles.read(request), new TokenSerials(session, realm).knownNow());
        } catch (TokenFileException e) {
            return TokenFileError.refuse(TokenFiles.format(request), e);
        }
        new TokenInventory(session, realm).add(tokens);
        List<String> serials = tokens.stream().map(OathToken::serial).toList();
        TokenRequests.Imported result = new TokenRequests.Imported(serials.size(), serials);
        adminEvent
                .operation(OperationType.CREATE)
                .resourcePath(session.getContext().getUri())
                .representation(result)
                .success();
        return Response.ok(result).build();
    }

    /** Gives an unassigned token to a user; body {"userId": "..."}. */
    @POST
    @Path("{serial}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("serial") String serial, byte[] body) {
        Object userId;
        try {
            userId = JsonBody.object(body, TokenRequests.Assignment.class).userId();
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        UserModel user =
                userId instanceof String id ? session.users().getUserById(realm, id) : null;
        if (user == null || TokenInventory.HOLDER_USERNAME.equals(user.getUsername())) {
            access.keycloak().users().requireQuery();
            return JsonError.badRequest(
                    "user_not_found", "userId does not name a user of this realm");
        }
        access.requireManageSecondFactors(user);
        if (!new TokenInventory(session, realm).assign(serial, user)) {
            return JsonError.response(
                    404, "token_not_found", "no unassigned token has serial " + serial);
        }
        adminEvent
                .operation(OperationType.UPDATE)
                .resourcePath(session.getContext().getUri())
                .representation(new TokenRequests.Assigned(serial, user.getId()))
                .success();
        return Response.noContent().build();
    }

    /**
     * Deletes waiting tokens; body {"serials": ["...", ...]}. All or none: a serial that is not
     * waiting (unknown, or already assigned) refuses the whole request.
     */
    @POST
    @Path("removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response remove(byte[] body) {
        access.requireManageTokens();
        Object serials;
        try {
            serials = JsonBody.object(body, TokenRequests.Removal.class).serials();
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (!(serials instanceof List<?> list)
                || list.isEmpty()
                || !list.stream().allMatch(String.class::isInstance)) {
            return JsonError.badRequest(
                    "invalid_request", "serials must be a non-empty list of serial numbers");
        }
        List<String> typed = list.stream().map(String.class::cast).toList();
        List<String> missing = new TokenInventory(session, realm).remove(typed);
        if (!missing.isEmpty()) {
            return JsonError.response(
                    404,
                    "token_not_found",
                    "no unassigned token has serial "
                            + missing.get(0)
                            + (missing.size() > 1
                                    ? " (nor "
                                            + (missing.size() - 1)
                                            + " more); nothing was deleted"
                                    : "; nothing was deleted"));
        }
        TokenRequests.RemovedCount result =
                new TokenRequests.RemovedCount(
                        typed.stream()
                                .map(serial -> serial.toLowerCase(Locale.ROOT))
                                .distinct()
                                .count());
        adminEvent
                .operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri())
                .representation(new TokenRequests.Removed(typed))
                .success();
        return Response.ok(result).build();
    }
}
