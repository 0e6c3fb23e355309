package org.mfaportal.phone.dev;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.FreeMarkerException;
import org.keycloak.theme.Theme;
import org.keycloak.theme.freemarker.FreeMarkerProvider;
import org.mfaportal.phone.gateway.PhoneGateway;

/**
 * /realms/{realm}/mfa-dev-gateway/virtual-phone: the dev gateway's phones. 404 unless the dev
 * gateway is the server's phone gateway, so production servers have no such page. Actions are POST
 * forms answered by a redirect back to the page.
 */
public final class VirtualPhoneResource {

    public static final String PATH = "virtual-phone";
    static final String REPLY = "texts/reply";
    static final String ANSWER = "calls/{call}/answer";
    static final String KEYS = "calls/{call}/keys";
    static final String DECLINE = "calls/{call}/decline";
    static final String HANG_UP = "calls/{call}/hang-up";
    static final String NUMBER_FIELD = "number";
    static final String BODY_FIELD = "body";
    static final String DIGITS_FIELD = "digits";

    /** Twilio's limit for one message. */
    static final int MAX_TEXT_LENGTH = 1600;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final DevGateway gateway;

    public VirtualPhoneResource(KeycloakSession session) {
        if (!(session.getProvider(PhoneGateway.class) instanceof DevGateway dev)) {
            throw new NotFoundException();
        }
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.gateway = dev;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() throws FreeMarkerException, java.io.IOException {
        String nonce = nonce();
        String csrf = VirtualPhoneCsrf.tokenOf(session);
        var attributes =
                new VirtualPhonePage(
                                realm.getName(),
                                gateway.settings().fromNumber(),
                                pageUri(),
                                ZoneId.systemDefault(),
                                csrf)
                        .attributes(gateway.inbox(realm).read(), nonce);
        // A template like every page of ours, found in this JAR's theme-resources by the login
        // theme.
        String html =
                session.getProvider(FreeMarkerProvider.class)
                        .processTemplate(
                                attributes,
                                VirtualPhonePage.TEMPLATE,
                                session.theme().getTheme(Theme.Type.LOGIN));
        // Keycloak would put the realm's looser policy in place of this page's own.
        session.getProvider(SecurityHeadersProvider.class).options().skipHeaders();
        Response.ResponseBuilder response =
                Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        VirtualPhonePage.securityHeaders(nonce).forEach(response::header);
        response.header("Set-Cookie", VirtualPhoneCsrf.setCookie(csrf, pageUri().getRawPath()));
        return response.build();
    }

    @POST
    @Path(REPLY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(
            @FormParam(NUMBER_FIELD) String number,
            @FormParam(VirtualPhoneCsrf.FIELD) String csrf,
            @FormParam(BODY_FIELD) String body) {
        VirtualPhoneCsrf.require(session, csrf);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            throw new BadRequestException("a reply needs 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        actions().reply(knownNumber(number), text);
        return backToPage(number);
    }

    @POST
    @Path(ANSWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(
            @PathParam("call") String callId,
            @FormParam(NUMBER_FIELD) String number,
            @FormParam(VirtualPhoneCsrf.FIELD) String csrf) {
        VirtualPhoneCsrf.require(session, csrf);
        actions().answer(number, callId, call(number, callId));
        return backToPage(number);
    }

    @POST
    @Path(KEYS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keys(
            @PathParam("call") String callId,
            @FormParam(NUMBER_FIELD) String number,
            @FormParam(VirtualPhoneCsrf.FIELD) String csrf,
            @FormParam(DIGITS_FIELD) String digits) {
        VirtualPhoneCsrf.require(session, csrf);
        actions().pressKeys(number, callId, call(number, callId), digits);
        return backToPage(number);
    }

    @POST
    @Path(DECLINE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(
            @PathParam("call") String callId,
            @FormParam(NUMBER_FIELD) String number,
            @FormParam(VirtualPhoneCsrf.FIELD) String csrf) {
        VirtualPhoneCsrf.require(session, csrf);
        actions().decline(number, callId, call(number, callId));
        return backToPage(number);
    }

    @POST
    @Path(HANG_UP)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hangUp(
            @PathParam("call") String callId,
            @FormParam(NUMBER_FIELD) String number,
            @FormParam(VirtualPhoneCsrf.FIELD) String csrf) {
        VirtualPhoneCsrf.require(session, csrf);
        actions().hangUp(number, callId, call(number, callId));
        return backToPage(number);
    }

    private VirtualPhoneActions actions() {
        return new VirtualPhoneActions(realm, gateway);
    }

    /** Only numbers the gateway texted or called have a virtual phone. */
    private String knownNumber(String number) {
        if (number == null || !gateway.inbox(realm).read().numbers().containsKey(number)) {
            throw new NotFoundException("no virtual phone with that number");
        }
        return number;
    }

    private PhoneCall call(String number, String callId) {
        if (!Sids.wellFormed(Sids.CALL, callId)) {
            throw new NotFoundException("no such call");
        }
        return gateway.inbox(realm)
                .read()
                .find(knownNumber(number), callId)
                .map(PhoneEvent::call)
                .orElseThrow(() -> new NotFoundException("no such call"));
    }

    private URI pageUri() {
        return session.getContext()
                .getUri()
                .getBaseUriBuilder()
                .path("realms")
                .path(realm.getName())
                .path(DevGatewayRealmResourceProviderFactory.ID)
                .path(PATH)
                .build();
    }

    /** POST-redirect-GET, to the number's card. */
    private Response backToPage(String number) {
        return Response.seeOther(
                        UriBuilder.fromUri(pageUri())
                                .fragment(VirtualPhonePage.anchor(number))
                                .build())
                .build();
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
