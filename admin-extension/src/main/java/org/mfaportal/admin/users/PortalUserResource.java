package org.mfaportal.admin.users;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.bypass.BypassPolicy;
import org.mfaportal.bypass.BypassRequest;
import org.mfaportal.bypass.Bypasses;
import org.mfaportal.phone.NumberRules;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.directory.DirectoryPhones;
import org.mfaportal.phone.pin.Pins;
import org.mfaportal.rest.JsonBody;
import org.mfaportal.rest.JsonError;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.sms.SmsCredential;
import org.mfaportal.voice.CallLock;
import org.mfaportal.voice.VoiceCredential;

/**
 * /admin/realms/{realm}/mfa-portal/users/{id}: what a portal administrator does for one user. Each
 * act is checked by {@link PortalAdminAccess}; each change is an admin event whose representation
 * holds masked numbers only.
 *
 * <p>A user locked by Keycloak's brute-force protection ({@code flow.Lockout}) may be managed: the
 * administrator sees the lock, and may change numbers, the PIN requirement, reset a method, start a
 * bypass or assign a token; none of it signs the user in or lifts the lock, since every sign-in and
 * setup path asks {@code Lockout} first. Only Keycloak's own unlock (attack detection) ends it.
 */
public final class PortalUserResource {

    private final KeycloakSession session;
    private final UserModel user;
    private final PortalAdminAccess access;
    private final AdminEventBuilder adminEvent;

    public PortalUserResource(
            KeycloakSession session,
            UserModel user,
            PortalAdminAccess access,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.user = user;
        this.access = access;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /** The user's second factors, numbers masked, and what this administrator may do for them. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SecondFactorsJson secondFactors() {
        access.requireViewSecondFactors(user);
        return new SecondFactorsReader(session, realm(), user).read(access);
    }

    /** The full numbers; each look is an admin event (ACTION), which names no number. */
    @GET
    @Path("numbers")
    @Produces(MediaType.APPLICATION_JSON)
    public FullNumbers numbers() {
        access.requireRevealNumbers(user);
        Optional<PhoneCredentialData> text = SmsCredential.STORE.dataOf(user);
        Optional<PhoneCredentialData> voice = VoiceCredential.STORE.dataOf(user);
        List<String> shown = new ArrayList<>();
        text.ifPresent(data -> shown.add(SmsCredential.TYPE));
        voice.ifPresent(data -> shown.add(VoiceCredential.TYPE));
        adminEvent
                .operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri())
                .representation(new UserRequests.NumbersRevealed(shown))
                .success();
        return new FullNumbers(
                text.map(PhoneCredentialData::number).orElse(null),
                voice.map(PhoneCredentialData::number).orElse(null),
                voice.map(PhoneCredentialData::extension).orElse(null),
                voice.map(PhoneCredentialData::backupNumber).orElse(null));
    }

    /** Sets (or adds) the number text messages go to, checked as at setup. */
    @PUT
    @Path("phone")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeTextNumber(byte[] body) {
        access.requireManageSecondFactors(user);
        UserRequests.TextNumber request;
        try {
            request = JsonBody.object(body, UserRequests.TextNumber.class);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        PortalSettings settings = PortalSettings.of(realm());
        if (DirectoryPhones.ownedByDirectory(
                settings, SmsCredential.STORE.dataOf(user).orElse(null))) {
            return directoryOwnsTheNumber();
        }
        NumberInput.Checked number =
                numberInput(settings)
                        .number("number", request.number(), NumberRules.forTexts(settings));
        if (number.refused()) {
            return number.refusal();
        }
        SmsCredential.STORE.save(user, new PhoneCredentialData(number.value(), null, null, false));
        changed(
                new UserRequests.NumbersChanged(
                        SmsCredential.TYPE, PhoneCredentialData.masked(number.value()), null));
        return Response.noContent().build();
    }

    /**
     * Sets (or adds) the numbers phone calls go to, with extension and backup, checked as at setup.
     * A fraud lock on calls survives the change, as it does when the user changes them.
     */
    @PUT
    @Path("voice")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeCallNumbers(byte[] body) {
        access.requireManageSecondFactors(user);
        UserRequests.CallNumbers request;
        try {
            request = JsonBody.object(body, UserRequests.CallNumbers.class);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        PortalSettings settings = PortalSettings.of(realm());
        if (DirectoryPhones.ownedByDirectory(
                settings, VoiceCredential.STORE.dataOf(user).orElse(null))) {
            return directoryOwnsTheNumber();
        }
        NumberRules rules = NumberRules.forCalls(settings);
        NumberInput input = numberInput(settings);
        NumberInput.Checked number = input.number("number", request.number(), rules);
        NumberInput.Checked extension = input.extension("extension", request.extension());
        NumberInput.Checked backup =
                input.optionalNumber("backupNumber", request.backupNumber(), rules);
        for (NumberInput.Checked field : List.of(number, extension, backup)) {
            if (field.refused()) {
                return field.refusal();
            }
        }
        boolean locked =
                VoiceCredential.STORE.dataOf(user).map(PhoneCredentialData::locked).orElse(false);
        VoiceCredential.STORE.save(
                user,
                new PhoneCredentialData(number.value(), extension.value(), backup.value(), locked));
        changed(
                new UserRequests.NumbersChanged(
                        VoiceCredential.TYPE,
                        PhoneCredentialData.masked(number.value()),
                        backup.value() == null
                                ? null
                                : PhoneCredentialData.masked(backup.value())));
        return Response.noContent().build();
    }

    /** Requires a PIN on calls and replies for this user even where the realm does not. */
    @PUT
    @Path("pin-required")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requirePin(byte[] body) {
        access.requireManageSecondFactors(user);
        Object required;
        try {
            required = JsonBody.object(body, UserRequests.PinRequirement.class).required();
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (!(required instanceof Boolean yes)) {
            return JsonError.badField(
                    "invalid_pin_required",
                    "required",
                    "'required' must be true or false (got " + required + ")");
        }
        if (yes) {
            user.setSingleAttribute(Pins.REQUIRED_FOR_USER_ATTRIBUTE, "true");
        } else {
            user.removeAttribute(Pins.REQUIRED_FOR_USER_ATTRIBUTE);
        }
        changed(new UserRequests.PinRequired(yes));
        return Response.noContent().build();
    }

    /** Resets one method of the catalog (by its credential type): the user sets it up again. */
    @DELETE
    @Path("methods/{type}")
    public Response resetMethod(@PathParam("type") String type) {
        access.requireManageSecondFactors(user);
        MethodReset.Result result = MethodReset.reset(user, type);
        return switch (result.outcome()) {
            case UNKNOWN_METHOD ->
                    JsonError.response(404, "unknown_method", "no method has the type " + type);
            case NOT_SET_UP ->
                    JsonError.response(404, "method_not_set_up", "the user has no " + type);
            case CALLS_LOCKED ->
                    JsonError.response(
                            409,
                            "calls_locked",
                            "a fraud report locked this user's calls: unlock them before a reset");
            case RESET -> {
                adminEvent
                        .operation(OperationType.DELETE)
                        .resourcePath(session.getContext().getUri())
                        .representation(new UserRequests.Reset(type, result.removed()))
                        .success();
                yield Response.noContent().build();
            }
        };
    }

    /**
     * Starts a one-time bypass for the user (default length, or "seconds" up to the realm's
     * maximum).
     */
    @POST
    @Path("bypass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response startBypass(byte[] body) {
        access.requireManageSecondFactors(user);
        BypassRequest request;
        try {
            // An empty body asks for the default length.
            request =
                    body == null || body.length == 0
                            ? BypassRequest.DEFAULT_LENGTH
                            : JsonBody.object(body, BypassRequest.class);
        } catch (JsonBody.InvalidJsonException e) {
            return JsonBody.refused(e);
        }
        if (!request.wellTyped()) {
            return JsonError.badRequest(
                    "invalid_bypass",
                    "'seconds' must be a whole number (got " + request.seconds() + ")");
        }
        RealmModel realm = session.getContext().getRealm();
        BypassPolicy.Decision decision =
                BypassPolicy.forAdmin(PortalSettings.of(realm), request.wholeSeconds());
        if (decision.refusal() != null) {
            return JsonError.badRequest("invalid_bypass", decision.refusal());
        }
        Bypasses.Bypass bypass =
                new Bypasses(session)
                        .grant(
                                realm,
                                user,
                                decision.lifetime(),
                                access.keycloak().adminAuth().getUser().getId());
        adminEvent
                .operation(OperationType.CREATE)
                .resourcePath(session.getContext().getUri())
                .representation(new BypassGranted(bypass.seconds(), bypass.expiresAt()))
                .success();
        return Response.status(201).entity(new BypassStarted(bypass.expiresAt())).build();
    }

    @DELETE
    @Path("bypass")
    public Response cancelBypass() {
        access.requireManageSecondFactors(user);
        new Bypasses(session).cancel(session.getContext().getRealm(), user);
        adminEvent
                .operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri())
                .success();
        return Response.noContent().build();
    }

    /** Lifts the lock a fraud report ("0#" on a call) put on the user's phone calls. */
    @POST
    @Path("voice/unlock")
    public Response unlockVoice() {
        access.requireManageSecondFactors(user);
        if (!CallLock.unlock(user)) {
            throw new NotFoundException("the user has no phone-call method");
        }
        adminEvent
                .operation(OperationType.UPDATE)
                .resourcePath(session.getContext().getUri())
                .success();
        return Response.noContent().build();
    }

    private NumberInput numberInput(PortalSettings settings) {
        return new NumberInput(session, access.keycloak().adminAuth().getUser(), settings);
    }

    private void changed(Object representation) {
        adminEvent
                .operation(OperationType.UPDATE)
                .resourcePath(session.getContext().getUri())
                .representation(representation)
                .success();
    }

    private RealmModel realm() {
        return session.getContext().getRealm();
    }

    /** GET numbers: the full numbers in E.164 (null where the user has no such method). */
    public record FullNumbers(
            String textNumber, String callNumber, String callExtension, String callBackupNumber) {}

    /** The admin event's record of a bypass granted. */
    public record BypassGranted(long seconds, long expiresAt) {}

    /** The answer: when the bypass ends (epoch seconds). */
    public record BypassStarted(long expiresAt) {}

    /** In "enrolled" mode the directory's number follows the directory: change it there. */
    private static Response directoryOwnsTheNumber() {
        return JsonError.response(
                409,
                "number_from_directory",
                "the company directory owns this number (directoryNumbers is enrolled): change it"
                        + " in the directory");
    }
}
