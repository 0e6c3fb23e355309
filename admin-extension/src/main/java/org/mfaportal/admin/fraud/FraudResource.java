package org.mfaportal.admin.fraud;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.rest.JsonError;

/**
 * GET fraud?from=&to=&user=&first=&max=: fraud reports from Keycloak's event store, newest first.
 * Needs view-fraud (or Keycloak's manage-users); lists only users the administrator may view.
 */
public final class FraudResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalAdminAccess access;

    public FraudResource(KeycloakSession session, RealmModel realm, PortalAdminAccess access) {
        this.session = session;
        this.realm = realm;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response reports(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("user") String user,
            @QueryParam("first") String first,
            @QueryParam("max") String max) {
        access.requireViewFraud();
        FraudQuery query;
        try {
            query = FraudQuery.of(from, to, user, first, max);
        } catch (FraudQuery.InvalidQueryException e) {
            return JsonError.badRequest("invalid_query", e.getMessage());
        }
        Optional<UserModel> named = Optional.empty();
        if (query.user() != null) {
            named = findUser(query.user());
            if (named.isEmpty()) {
                // Nobody by that name (or hidden from this administrator): no reports.
                return Response.ok(new FraudReportSearch.Page(List.of(), false, false)).build();
            }
        }
        return Response.ok(
                        new FraudReportSearch(
                                        session, realm, u -> access.keycloak().users().canView(u))
                                .find(query, named))
                .build();
    }

    /** By username, email or id, as the console's search field is typed. */
    private Optional<UserModel> findUser(String text) {
        UserModel user = session.users().getUserByUsername(realm, text);
        if (user == null) {
            user = session.users().getUserByEmail(realm, text);
        }
        if (user == null) {
            user = session.users().getUserById(realm, text);
        }
        return Optional.ofNullable(user).filter(u -> access.keycloak().users().canView(u));
    }
}
