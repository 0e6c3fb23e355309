package org.mfaportal.push.enrollment;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.enrollment.BackToSetupChoice;
import org.mfaportal.phone.OpenCall;
import org.mfaportal.phone.Ticket;
import org.mfaportal.phone.Tickets;
import org.mfaportal.phone.flow.MethodEvents;
import org.mfaportal.push.PushCredential;
import org.mfaportal.push.PushMessages;
import org.mfaportal.push.PushOutcomes;
import org.mfaportal.push.PushWaitPage;
import org.mfaportal.push.challenge.PushRequests;
import org.mfaportal.push.device.DeviceUrls;
import org.mfaportal.push.device.PushDevice;
import org.mfaportal.push.device.PushDevices;
import org.mfaportal.push.device.Serials;
import org.mfaportal.push.protocol.EnrollmentUri;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Activates the mobile app on one more device (the seed's "Generate Activation Code" then
 * "Authenticate Me Now"). Nothing is stored as a credential until the device has approved a first
 * request; the activation offer lives in the single-use store for mobileAppActivationMinutes.
 */
final class PushSetupRequiredAction implements RequiredActionProvider {

    private static final String SERIAL = "mfa-portal.push-setup.serial";
    private static final String CODE = "mfa-portal.push-setup.code";
    private static final String TICKET = "mfa-portal.push-setup.ticket";
    private static final String NONCE = "mfa-portal.push-setup.nonce";
    private static final String NAME_NOTE = "mfa-portal.push-setup.name";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added by the setup page, the authenticator or an admin, never on its own.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        OpenCall.cancelLeftOver(context.getSession(), context.getAuthenticationSession());
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (auth.getAuthNote(SERIAL) != null) {
            // A reload in the middle: stay where we were.
            if (auth.getAuthNote(NONCE) != null) {
                firstApproval(context);
            } else {
                activation(context, false);
            }
            return;
        }
        startOver(context);
    }

    private void startOver(RequiredActionContext context) {
        giveUp(context);
        PortalSettings settings = PortalSettings.of(context.getRealm());
        var form = context.form();
        if (!settings.flag(PortalSetting.MOBILE_APP_ALLOWED)) {
            form.setError(PushMessages.NOT_ALLOWED);
        } else if (atLimit(context, settings)) {
            form.setError(PushMessages.DEVICE_LIMIT, settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES));
            form.setAttribute(SetupPage.AT_LIMIT, true);
        }
        context.challenge(SetupPage.name(form, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BackToSetupChoice.handled(context, this, () -> giveUp(context))) {
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(SetupPage.GENERATE)) {
            generate(context, form.getFirst(SetupPage.NAME));
        } else if (auth.getAuthNote(SERIAL) == null) {
            startOver(context);
        } else if (form.containsKey(SetupPage.AUTHENTICATE) || form.containsKey(PushWaitPage.AGAIN)) {
            authenticateMeNow(context);
        } else if (auth.getAuthNote(NONCE) != null) {
            firstApproval(context);
        } else {
            activation(context, true);
        }
    }

    private void generate(RequiredActionContext context, String typedName) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        if (!settings.flag(PortalSetting.MOBILE_APP_ALLOWED)) {
            context.challenge(SetupPage.name(context.form().setError(PushMessages.NOT_ALLOWED), typedName));
            return;
        }
        String name = PushDevices.validName(typedName);
        if (name == null) {
            context.challenge(SetupPage.name(context.form().addError(new FormMessage(SetupPage.NAME, PushMessages.DEVICE_NAME_INVALID,
                    PushDevices.NAME_MAX_LENGTH)), typedName));
            return;
        }
        if (atLimit(context, settings)) {
            context.challenge(SetupPage.name(context.form().setError(PushMessages.DEVICE_LIMIT,
                    settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES)).setAttribute(SetupPage.AT_LIMIT, true), typedName));
            return;
        }
        giveUp(context);
        int minutes = settings.number(PortalSetting.MOBILE_APP_ACTIVATION_MINUTES);
        Duration lifetime = Duration.ofMinutes(minutes);
        String serial = Serials.next();
        String code = Serials.activationCode();
        Ticket ticket = new Tickets(context.getSession()).open(Tickets.newId(), Map.of(Ticket.REALM, context.getRealm().getId(),
                Ticket.USER, context.getUser().getId(), Ticket.METHOD, PushCredential.TYPE,
                Ticket.EXPIRES_AT, Long.toString(Time.currentTime() + lifetime.toSeconds())), lifetime.plusMinutes(1));
        new Activations(context.getSession()).offer(serial, context.getRealm().getId(), context.getUser().getId(), code, name,
                lifetime, ticket.id());
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        auth.setAuthNote(SERIAL, serial);
        auth.setAuthNote(CODE, code);
        auth.setAuthNote(TICKET, ticket.id());
        auth.setAuthNote(NAME_NOTE, name);
        context.getEvent().detail(PushCredential.SERIAL_DETAIL, serial);
        context.challenge(activationPage(context, context.form()));
    }

    /** "Continue" on the activation page (by the page's script once the app activated, or by hand). */
    private void activation(RequiredActionContext context, boolean pressed) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String serial = auth.getAuthNote(SERIAL);
        Activations activations = new Activations(context.getSession());
        if (activated(context).isPresent()) {
            context.challenge(SetupPage.ready(context.form().setSuccess(PushMessages.ACTIVATED), auth.getAuthNote(NAME_NOTE)));
            return;
        }
        Optional<Activations.Offer> offer = activations.findOffer(serial);
        if (offer.isEmpty() || offer.get().expired()) {
            giveUp(context);
            context.challenge(SetupPage.name(context.form().setError(PushMessages.ACTIVATION_EXPIRED), null));
            return;
        }
        var form = context.form();
        if (pressed) {
            form.setError(PushMessages.NOT_ACTIVATED_YET);
        }
        context.challenge(activationPage(context, form));
    }

    private void authenticateMeNow(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        Optional<PushDevice> device = activated(context);
        if (device.isEmpty()) {
            activation(context, true);
            return;
        }
        PushOutcomes outcomes = new PushOutcomes(context.getSession());
        outcomes.cancel(auth.getAuthNote(NONCE));
        auth.removeAuthNote(NONCE);
        UserModel user = context.getUser();
        PushRequests.Sent sent = PushRequests.send(context.getSession(), context.getRealm(), user, List.of(device.get()),
                context.getSession().getContext().resolveLocale(user));
        if (sent.refusal() != null) {
            context.challenge(SetupPage.ready(context.form().setError(PushOutcomes.messageFor(sent.refusal())), device.get().name()));
            return;
        }
        auth.setAuthNote(NONCE, sent.challenge().nonce());
        context.challenge(PushWaitPage.render(context.form(), context.getSession(), context.getRealm(), new PushWaitPage.View(
                PushMessages.SETUP_TITLE, sent.challenge().ticketId(), sent.challenge().answer(), PushMessages.AUTHENTICATE_ME_NOW)));
    }

    private void firstApproval(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        PushOutcomes.Outcome outcome = new PushOutcomes(context.getSession()).of(auth.getAuthNote(NONCE));
        if (outcome.state() == Ticket.State.PENDING) {
            context.challenge(PushWaitPage.render(context.form(), context.getSession(), context.getRealm(), new PushWaitPage.View(
                    PushMessages.SETUP_TITLE, outcome.challenge().ticketId(), outcome.challenge().answer(),
                    PushMessages.AUTHENTICATE_ME_NOW)));
            return;
        }
        auth.removeAuthNote(NONCE);
        Optional<PushDevice> device = activated(context);
        if (device.isEmpty()) {
            giveUp(context);
            context.challenge(SetupPage.name(context.form().setError(PushMessages.ACTIVATION_EXPIRED), null));
            return;
        }
        if (outcome.state() != Ticket.State.APPROVED) {
            context.challenge(SetupPage.ready(context.form().setError(PushOutcomes.messageFor(outcome.state())), device.get().name()));
            return;
        }
        PortalSettings settings = PortalSettings.of(context.getRealm());
        if (atLimit(context, settings)) {
            // Another device was added meanwhile (a second tab): the maximum still holds.
            giveUp(context);
            context.challenge(SetupPage.name(context.form().setError(PushMessages.DEVICE_LIMIT,
                    settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES)).setAttribute(SetupPage.AT_LIMIT, true), null));
            return;
        }
        PushDevices.save(context.getUser(), device.get());
        giveUp(context);
        context.getEvent().detail(MethodEvents.METHOD, PushCredential.TYPE).detail(PushCredential.SERIAL_DETAIL, device.get().serial());
        context.success();
    }

    private Optional<PushDevice> activated(RequiredActionContext context) {
        return new Activations(context.getSession()).activated(context.getAuthenticationSession().getAuthNote(SERIAL),
                context.getRealm().getId(), context.getUser().getId());
    }

    private jakarta.ws.rs.core.Response activationPage(RequiredActionContext context, org.keycloak.forms.login.LoginFormsProvider form) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String serial = auth.getAuthNote(SERIAL);
        String code = auth.getAuthNote(CODE);
        String url = DeviceUrls.of(context.getSession(), context.getRealm(), context.getUser());
        int minutes = PortalSettings.of(context.getRealm()).number(PortalSetting.MOBILE_APP_ACTIVATION_MINUTES);
        String issuer = context.getRealm().getDisplayName() == null || context.getRealm().getDisplayName().isBlank()
                ? context.getRealm().getName() : context.getRealm().getDisplayName();
        String uri = EnrollmentUri.of(issuer + ":" + context.getUser().getUsername(), url, minutes, issuer, code, serial);
        return SetupPage.activation(form, context.getSession(), context.getRealm(),
                new SetupPage.Activation(code, url, uri, QrImage.dataUri(uri), minutes, auth.getAuthNote(TICKET)));
    }

    private static boolean atLimit(RequiredActionContext context, PortalSettings settings) {
        return PushDevices.count(context.getUser()) >= settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES);
    }

    /** Drops a pending activation of this page (a new code, a restart, or done). */
    private static void giveUp(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String serial = auth.getAuthNote(SERIAL);
        if (serial != null) {
            new Activations(context.getSession()).forget(serial);
        }
        new PushOutcomes(context.getSession()).cancel(auth.getAuthNote(NONCE));
        for (String note : new String[] {SERIAL, CODE, TICKET, NONCE, NAME_NOTE}) {
            auth.removeAuthNote(note);
        }
    }

    @Override
    public void close() {
        // Stateless.
    }
}
