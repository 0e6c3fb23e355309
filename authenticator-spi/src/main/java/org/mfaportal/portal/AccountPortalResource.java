package org.mfaportal.portal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.bypass.BypassPolicy;
import org.mfaportal.bypass.BypassRequest;
import org.mfaportal.bypass.Bypasses;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.SecondSteps;
import org.mfaportal.push.base.PushCredential;
import org.mfaportal.push.device.PushDevices;
import org.mfaportal.rest.JsonBody;
import org.mfaportal.rest.JsonError;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * /realms/{realm}/mfa-portal/account: what the user portal page reads and changes for the signed-in
 * user. Bearer token for the account audience with manage-account; 4xx with a JSON reason for bad
 * input, and then nothing changes.
 */
public final class AccountPortalResource {

    /** How fresh a session's second step must be for the user to grant themselves a bypass. */
    static final Duration RECENT_SECOND_STEP = Duration.ofMinutes(5);

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccountPortalResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON)
    public AccountJson.Overview overview() {
        AccountCaller caller = caller();
        PortalSettings settings = PortalSettings.of(realm);
        // Keyed by the settings' own keys: the page reads them by PortalSetting key.
        Map<String, Object> shown =
                Map.of(
                        PortalSetting.SELECT_METHOD_ALLOWED.key(),
                                settings.flag(PortalSetting.SELECT_METHOD_ALLOWED),
                        PortalSetting.SELECT_LANGUAGE_ALLOWED.key(),
                                settings.flag(PortalSetting.SELECT_LANGUAGE_ALLOWED),
                        PortalSetting.BYPASS_ALLOWED.key(),
                                settings.flag(PortalSetting.BYPASS_ALLOWED),
                        PortalSetting.BYPASS_USER_CHOOSES_SECONDS.key(),
                                settings.flag(PortalSetting.BYPASS_USER_CHOOSES_SECONDS),
                        PortalSetting.BYPASS_DEFAULT_SECONDS.key(),
                                settings.number(PortalSetting.BYPASS_DEFAULT_SECONDS),
                        PortalSetting.BYPASS_MAX_SECONDS.key(),
                                settings.number(PortalSetting.BYPASS_MAX_SECONDS),
                        // So the page says "the most devices" before the mobile app's setup asks to
                        // sign in again.
                        PortalSetting.MOBILE_APP_MAX_DEVICES.key(),
                                settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES));
        List<String> locales =
                realm.isInternationalizationEnabled()
                        ? realm.getSupportedLocalesStream().toList()
                        : List.of();
        var active = new Bypasses(session).find(realm, caller.user());
        // secondStepWithinMinutes: so the page can say why it refuses to start one.
        AccountJson.Bypass bypass =
                new AccountJson.Bypass(
                        active.isPresent(),
                        active.map(Bypasses.Bypass::expiresAt).orElse(null),
                        RECENT_SECOND_STEP.toMinutes());
        return new AccountJson.Overview(
                shown,
                new PortalMethods(realm, caller.user()).describe(),
                new PortalExtras(realm, caller.user()).describe(),
                languageOf(caller.user(), locales),
                locales,
                bypass,
                settings.flag(PortalSetting.BYPASS_ALLOWED)
                        && SecondSteps.recent(caller.session(), RECENT_SECOND_STEP)
                        && Lockout.of(session, realm, caller.user()).isEmpty());
    }

    @PUT
    @Path("default-method")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response defaultMethod(byte[] raw) {
        AccountCaller caller = changingAFactor();
        Object type;
        try {
            type = JsonBody.object(raw, AccountJson.DefaultMethodChange.class).type();
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (!PortalSettings.of(realm).flag(PortalSetting.SELECT_METHOD_ALLOWED)) {
            return JsonError.response(
                    403, "not_allowed", "users may not choose their method in this realm");
        }
        if (!(type instanceof String text)
                || !new PortalMethods(realm, caller.user()).makeDefault(text)) {
            return JsonError.response(
                    400,
                    "invalid_method",
                    "'type' must name a method you have set up (got " + type + ")");
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("locale")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response locale(byte[] raw) {
        AccountCaller caller = caller();
        Object locale;
        try {
            locale = JsonBody.object(raw, AccountJson.LocaleChange.class).locale();
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (!PortalSettings.of(realm).flag(PortalSetting.SELECT_LANGUAGE_ALLOWED)) {
            return JsonError.response(
                    403, "not_allowed", "users may not choose their language in this realm");
        }
        if (!(locale instanceof String tag)
                || !realm.isInternationalizationEnabled()
                || realm.getSupportedLocalesStream().noneMatch(tag::equals)) {
            return JsonError.response(
                    400,
                    "invalid_locale",
                    "'locale' must be one of the realm's languages "
                            + realm.getSupportedLocalesStream().toList()
                            + " (got "
                            + locale
                            + ")");
        }
        caller.user().setSingleAttribute(UserModel.LOCALE, tag);
        return Response.noContent().build();
    }

    @POST
    @Path("bypass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response startBypass(byte[] raw) {
        AccountCaller caller = changingAFactor();
        BypassRequest request;
        try {
            // An empty body asks for the default length.
            request =
                    raw == null || raw.length == 0
                            ? BypassRequest.DEFAULT_LENGTH
                            : JsonBody.object(raw, BypassRequest.class);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (!request.wellTyped()) {
            return JsonError.response(
                    400,
                    "invalid_seconds",
                    "'seconds' must be a whole number (got " + request.seconds() + ")");
        }
        BypassPolicy.Decision decision =
                BypassPolicy.forUser(PortalSettings.of(realm), request.wholeSeconds());
        if (decision.refusal() != null) {
            return JsonError.response(400, "invalid_bypass", decision.refusal());
        }
        if (!SecondSteps.recent(caller.session(), RECENT_SECOND_STEP)) {
            // A stolen password alone must not be able to turn the second step off.
            return JsonError.response(
                    403,
                    "recent_second_step_required",
                    "sign in again with your second step, then start the bypass within "
                            + RECENT_SECOND_STEP.toMinutes()
                            + " minutes");
        }
        Bypasses.Bypass bypass =
                new Bypasses(session).grant(realm, caller.user(), decision.lifetime(), "user");
        event(caller.user())
                .detail("mfa_bypass_seconds", Long.toString(bypass.seconds()))
                .detail("mfa_bypass_granted_by", "user")
                .success();
        return Response.status(201)
                .entity(new AccountJson.BypassStarted(bypass.expiresAt()))
                .build();
    }

    @DELETE
    @Path("bypass")
    public Response cancelBypass() {
        AccountCaller caller = caller();
        new Bypasses(session).cancel(realm, caller.user());
        event(caller.user()).detail("mfa_bypass_cancelled", "true").success();
        return Response.noContent().build();
    }

    /** The user's mobile app devices: id (the credential's), name, serial, when activated. */
    @GET
    @Path("devices")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AccountJson.Device> devices() {
        AccountCaller caller = caller();
        return PushDevices.of(caller.user()).stream()
                .map(
                        d ->
                                new AccountJson.Device(
                                        d.credentialId(), d.name(), d.serial(), d.enrolledAt()))
                .toList();
    }

    @PUT
    @Path("devices/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response renameDevice(@PathParam("id") String id, byte[] raw) {
        AccountCaller caller = changingAFactor();
        Object typed;
        try {
            typed = JsonBody.object(raw, AccountJson.DeviceRename.class).name();
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (PushDevices.byId(caller.user(), id).isEmpty()) {
            return JsonError.response(404, "unknown_device", "you have no device with id " + id);
        }
        String name = typed instanceof String text ? PushDevices.validName(text) : null;
        if (name == null) {
            return JsonError.response(
                    400,
                    "invalid_name",
                    "'name' must be 1 to "
                            + PushDevices.NAME_MAX_LENGTH
                            + " characters (got "
                            + typed
                            + ")");
        }
        PushDevices.rename(caller.user(), id, name);
        deviceEvent(caller.user(), id).detail("mfa_push_renamed", "true").success();
        return Response.noContent().build();
    }

    @DELETE
    @Path("devices/{id}")
    public Response removeDevice(@PathParam("id") String id) {
        AccountCaller caller = changingAFactor();
        if (!PushDevices.remove(caller.user(), id)) {
            return JsonError.response(404, "unknown_device", "you have no device with id " + id);
        }
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REMOVE_CREDENTIAL)
                .user(caller.user())
                .detail("credential_type", PushCredential.TYPE)
                .detail("credential_id", id)
                .success();
        return Response.noContent().build();
    }

    /** The caller's remembered browsers (issue 17.1). */
    @Path("browsers")
    public AccountBrowsersResource browsers() {
        return new AccountBrowsersResource(session, realm, caller().user());
    }

    private EventBuilder deviceEvent(UserModel user, String id) {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_CREDENTIAL)
                .user(user)
                .detail("credential_type", PushCredential.TYPE)
                .detail("credential_id", id);
    }

    private AccountCaller caller() {
        AccountCaller caller = AccountCaller.authenticate(session);
        if (!PortalSettings.of(realm).flag(PortalSetting.USER_LOGIN_ALLOWED)) {
            throw new jakarta.ws.rs.ForbiddenException(
                    "the user portal is turned off in this realm");
        }
        return caller;
    }

    /**
     * The caller, about to change one of their factors: refused while Keycloak's brute-force
     * protection has them locked, as every sign-in path is (issue 11.1), so that a session opened
     * before the lock cannot choose the method, start a bypass or change the devices an attacker is
     * guessing at.
     */
    private AccountCaller changingAFactor() {
        AccountCaller caller = caller();
        Lockout.of(session, realm, caller.user())
                .ifPresent(
                        lock -> {
                            throw new WebApplicationException(
                                    JsonError.response(
                                            403,
                                            "user_locked",
                                            switch (lock) {
                                                case TEMPORARY ->
                                                        "your account is locked for a while after too many wrong answers; try again later";
                                                case PERMANENT ->
                                                        "your account is locked after too many wrong answers; an administrator must unlock it";
                                                case FRAUD_BLOCK ->
                                                        "your second step is blocked for a while after a fraud report; an administrator can lift the block";
                                            }));
                        });
        return caller;
    }

    /** Portal changes are recorded as credential updates of the user ("mfa-portal-bypass"). */
    private EventBuilder event(UserModel user) {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_CREDENTIAL)
                .user(user)
                .detail("credential_type", "mfa-portal-bypass");
    }

    /**
     * The language pages and calls use for the user: their own choice when the realm offers it,
     * else the realm's default (a user who never chose one must not see the first language of the
     * list as theirs).
     */
    private String languageOf(UserModel user, List<String> locales) {
        String chosen = user.getFirstAttribute(UserModel.LOCALE);
        if (chosen != null && locales.contains(chosen)) {
            return chosen;
        }
        String fallback = realm.getDefaultLocale();
        return fallback != null ? fallback : "en";
    }
}
