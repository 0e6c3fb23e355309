package org.mfaportal.push.enrollment;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.catalog.BackToSetupChoice;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.PortalRequiredAction;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.base.PushCredential;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.push.base.PushMessages;
import org.mfaportal.push.challenge.PushOutcomes;
import org.mfaportal.push.challenge.PushRequests;
import org.mfaportal.push.challenge.PushWaitPage;
import org.mfaportal.push.device.Activations;
import org.mfaportal.push.device.DeviceUrls;
import org.mfaportal.push.device.PushDevices;
import org.mfaportal.push.device.Serials;
import org.mfaportal.push.notify.RealmNotifier;
import org.mfaportal.push.protocol.EnrollmentUri;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.text.RealmName;
import org.mfaportal.waiting.LeftOpen;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * Activates the mobile app on one more device (the seed's "Generate Activation Code" then
 * "Authenticate Me Now"). Nothing is stored as a credential until the device has approved a first
 * request; the activation offer lives in the single-use store for mobileAppActivationMinutes.
 */
final class PushSetupRequiredAction extends PortalRequiredAction {

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        // A reload in the middle stays where it was.
        resume(context, false);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BackToSetupChoice.handled(context, this, () -> giveUp(context))) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        Optional<SetupStep> step = SetupStep.of(context.getAuthenticationSession());
        if (form.containsKey(SetupPage.GENERATE)) {
            generate(context, form.getFirst(SetupPage.NAME));
        } else if (step.isPresent()
                && (form.containsKey(SetupPage.AUTHENTICATE)
                        || form.containsKey(PushWaitPage.AGAIN))) {
            authenticateMeNow(context, step.get());
        } else {
            resume(context, true);
        }
    }

    /**
     * The page for where the setup stands; {@code submitted}: the user (or the page's script)
     * pressed Continue.
     */
    private void resume(RequiredActionContext context, boolean submitted) {
        Optional<SetupStep> step = SetupStep.of(context.getAuthenticationSession());
        if (step.isEmpty()) {
            startOver(context);
            return;
        }
        switch (step.get().stage()) {
            case ACTIVATING -> activation(context, step.get(), submitted);
            case APPROVING -> firstApproval(context, step.get());
        }
    }

    private void startOver(RequiredActionContext context) {
        giveUp(context);
        PortalSettings settings = PortalSettings.of(context.getRealm());
        var form = context.form();
        if (!settings.flag(PortalSetting.MOBILE_APP_ALLOWED)) {
            form.setError(PushMessages.NOT_ALLOWED);
        } else if (atLimit(context, settings)) {
            form.setError(
                    PushMessages.DEVICE_LIMIT,
                    settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES));
            form.setAttribute(SetupPage.AT_LIMIT, true);
        }
        context.challenge(SetupPage.name(form, null));
    }

    private void generate(RequiredActionContext context, String typedName) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        if (!settings.flag(PortalSetting.MOBILE_APP_ALLOWED)) {
            context.challenge(
                    SetupPage.name(context.form().setError(PushMessages.NOT_ALLOWED), typedName));
            return;
        }
        String name = PushDevices.validName(typedName);
        if (name == null) {
            context.challenge(
                    SetupPage.name(
                            context.form()
                                    .addError(
                                            new FormMessage(
                                                    SetupPage.NAME,
                                                    PushMessages.DEVICE_NAME_INVALID,
                                                    PushDevices.NAME_MAX_LENGTH)),
                            typedName));
            return;
        }
        if (atLimit(context, settings)) {
            context.challenge(
                    SetupPage.name(
                            context.form()
                                    .setError(
                                            PushMessages.DEVICE_LIMIT,
                                            settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES))
                                    .setAttribute(SetupPage.AT_LIMIT, true),
                            typedName));
            return;
        }
        giveUp(context);
        int minutes = settings.number(PortalSetting.MOBILE_APP_ACTIVATION_MINUTES);
        Duration lifetime = Duration.ofMinutes(minutes);
        String serial = Serials.next();
        String code = Serials.activationCode();
        Ticket ticket =
                new Tickets(context.getSession())
                        .open(
                                Tickets.newId(),
                                Map.of(
                                        Ticket.REALM,
                                        context.getRealm().getId(),
                                        Ticket.USER,
                                        context.getUser().getId(),
                                        Ticket.METHOD,
                                        PushCredential.TYPE,
                                        Ticket.EXPIRES_AT,
                                        Long.toString(Time.currentTime() + lifetime.toSeconds())),
                                lifetime.plusMinutes(1));
        new Activations(context.getSession())
                .offer(
                        serial,
                        context.getRealm().getId(),
                        context.getUser().getId(),
                        code,
                        name,
                        lifetime,
                        ticket.id());
        SetupStep step =
                SetupStep.activating(serial, code, ticket.id(), name)
                        .writeTo(context.getAuthenticationSession());
        context.getEvent().detail(PushCredential.SERIAL_DETAIL, serial);
        context.challenge(activationPage(context, step, context.form()));
    }

    /**
     * "Continue" on the activation page (by the page's script once the app activated, or by hand).
     */
    private void activation(RequiredActionContext context, SetupStep step, boolean pressed) {
        if (activated(context, step).isPresent()) {
            context.challenge(
                    SetupPage.ready(
                            context.form().setSuccess(PushMessages.ACTIVATED), step.deviceName()));
            return;
        }
        Optional<Activations.Offer> offer =
                new Activations(context.getSession()).findOffer(step.serial());
        if (offer.isEmpty() || offer.get().expired()) {
            giveUp(context);
            context.challenge(
                    SetupPage.name(context.form().setError(PushMessages.ACTIVATION_EXPIRED), null));
            return;
        }
        var form = context.form();
        if (pressed) {
            form.setError(PushMessages.NOT_ACTIVATED_YET);
        }
        context.challenge(activationPage(context, step, form));
    }

    private void authenticateMeNow(RequiredActionContext context, SetupStep step) {
        Optional<PushDevice> device = activated(context, step);
        if (device.isEmpty()) {
            activation(context, step, true);
            return;
        }
        new PushOutcomes(context.getSession()).cancel(step.nonce());
        step = step.activatingAgain().writeTo(context.getAuthenticationSession());
        UserModel user = context.getUser();
        PushRequests.Sent sent =
                PushRequests.send(
                        context.getSession(),
                        context.getRealm(),
                        user,
                        List.of(device.get()),
                        context.getSession().getContext().resolveLocale(user));
        if (sent.refusal() != null) {
            context.challenge(
                    SetupPage.ready(
                            context.form().setError(PushOutcomes.messageFor(sent.refusal())),
                            device.get().name()));
            return;
        }
        step.approving(sent.challenge().nonce()).writeTo(context.getAuthenticationSession());
        waitForApproval(context, sent.challenge());
    }

    /** The page that waits for the new device's first approval. */
    private static void waitForApproval(RequiredActionContext context, Challenge challenge) {
        context.challenge(
                PushWaitPage.render(
                        context.form(),
                        context.getSession(),
                        context.getRealm(),
                        new PushWaitPage.View(
                                PushMessages.SETUP_TITLE,
                                challenge.ticketId(),
                                challenge.answer(),
                                PushMessages.AUTHENTICATE_ME_NOW)));
    }

    private void firstApproval(RequiredActionContext context, SetupStep step) {
        PushOutcomes.Outcome outcome = new PushOutcomes(context.getSession()).of(step.nonce());
        if (outcome.state() == Ticket.State.PENDING) {
            waitForApproval(context, outcome.challenge());
            return;
        }
        step = step.activatingAgain().writeTo(context.getAuthenticationSession());
        Optional<PushDevice> device = activated(context, step);
        if (device.isEmpty()) {
            giveUp(context);
            context.challenge(
                    SetupPage.name(context.form().setError(PushMessages.ACTIVATION_EXPIRED), null));
            return;
        }
        if (outcome.state() != Ticket.State.APPROVED) {
            context.challenge(
                    SetupPage.ready(
                            context.form().setError(PushOutcomes.messageFor(outcome.state())),
                            device.get().name()));
            return;
        }
        PortalSettings settings = PortalSettings.of(context.getRealm());
        if (atLimit(context, settings)) {
            // Another device was added meanwhile (a second tab): the maximum still holds.
            giveUp(context);
            context.challenge(
                    SetupPage.name(
                            context.form()
                                    .setError(
                                            PushMessages.DEVICE_LIMIT,
                                            settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES))
                                    .setAttribute(SetupPage.AT_LIMIT, true),
                            null));
            return;
        }
        PushDevices.save(context.getUser(), device.get());
        giveUp(context);
        context.getEvent()
                .detail(MethodEvents.METHOD, PushCredential.TYPE)
                .detail(PushCredential.SERIAL_DETAIL, device.get().serial());
        context.success();
    }

    private Optional<PushDevice> activated(RequiredActionContext context, SetupStep step) {
        return new Activations(context.getSession())
                .activated(step.serial(), context.getRealm().getId(), context.getUser().getId());
    }

    private jakarta.ws.rs.core.Response activationPage(
            RequiredActionContext context,
            SetupStep step,
            org.keycloak.forms.login.LoginFormsProvider form) {
        String url = DeviceUrls.of(context.getSession(), context.getRealm(), context.getUser());
        int minutes =
                PortalSettings.of(context.getRealm())
                        .number(PortalSetting.MOBILE_APP_ACTIVATION_MINUTES);
        String issuer = RealmName.of(context.getRealm());
        String uri =
                EnrollmentUri.of(
                        issuer + ":" + context.getUser().getUsername(),
                        url,
                        minutes,
                        issuer,
                        step.code(),
                        step.serial(),
                        RealmNotifier.pollOnly(context.getRealm()));
        return SetupPage.activation(
                form,
                context.getSession(),
                context.getRealm(),
                new SetupPage.Activation(
                        step.code(), url, uri, QrImage.dataUri(uri), minutes, step.ticketId()));
    }

    private static boolean atLimit(RequiredActionContext context, PortalSettings settings) {
        return PushDevices.count(context.getUser())
                >= settings.number(PortalSetting.MOBILE_APP_MAX_DEVICES);
    }

    /** Drops a pending activation of this page (a new code, a restart, or done). */
    private static void giveUp(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        SetupStep.of(auth)
                .ifPresent(
                        step -> {
                            new Activations(context.getSession()).forget(step.serial());
                            new PushOutcomes(context.getSession()).cancel(step.nonce());
                        });
        SetupStep.clear(auth);
    }
}
