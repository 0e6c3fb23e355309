package org.mfaportal.portal;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.remember.RememberedBrowser;
import org.mfaportal.remember.RememberedBrowsers;
import org.mfaportal.rest.JsonError;

/**
 * /realms/{realm}/mfa-portal/account/browsers: the user's remembered browsers (issue 17.1), with
 * "Forget" and "Forget all". A locked user may forget too: forgetting only ever takes a skip away.
 */
public final class AccountBrowsersResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    AccountBrowsersResource(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RememberedBrowser> list() {
        return RememberedBrowsers.of(user);
    }

    @DELETE
    @Path("{id}")
    public Response forget(@PathParam("id") String id) {
        if (!RememberedBrowsers.forget(user, id)) {
            return JsonError.response(
                    404, "unknown_browser", "you have no remembered browser with id " + id);
        }
        forgotten().detail("credential_id", id).success();
        return Response.noContent().build();
    }

    @DELETE
    public Response forgetAll() {
        int count = RememberedBrowsers.forgetAll(user);
        forgotten().detail("mfa_browsers_forgotten", Integer.toString(count)).success();
        return Response.noContent().build();
    }

    private EventBuilder forgotten() {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REMOVE_CREDENTIAL)
                .user(user)
                .detail("credential_type", RememberedBrowsers.TYPE);
    }
}
