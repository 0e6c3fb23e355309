package org.mfaportal.voice;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.catalog.BackToSetupChoice;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.PortalRequiredAction;
import org.mfaportal.phone.NumberRules;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.PhoneNumbers;
import org.mfaportal.phone.directory.DirectoryNumbers;
import org.mfaportal.phone.directory.DirectorySuggestion;
import org.mfaportal.phone.flow.PendingVerification;
import org.mfaportal.phone.flow.PinChoice;
import org.mfaportal.phone.flow.SetupPage;
import org.mfaportal.phone.flow.WaitingPage;
import org.mfaportal.phone.pin.PendingPin;
import org.mfaportal.phone.pin.PinPolicy;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;
import org.mfaportal.waiting.Ticket;

/**
 * Sets up (or changes) the phone numbers for calls: primary (+ extension), a backup where the realm
 * asks for one, and a PIN where required. Only a call answered with # (or the new PIN) stores them:
 * the seed's "Call Me Now to Authenticate".
 */
final class VoiceSetupRequiredAction extends PortalRequiredAction {

    private static final String PENDING = "mfa-portal.voice-setup.phone";
    private static final String PENDING_PIN = "mfa-portal.voice-setup.pin";

    /** The call that confirms the numbers. */
    private static final String PENDING_CALL = "voice-setup";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        forgetPending(context);
        context.challenge(setupPage(context, null, List.of()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BackToSetupChoice.handled(context, this, () -> forgetPending(context))) {
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey(SetupPage.CHANGE_NUMBER)) {
            requiredActionChallenge(context);
        } else if (auth.getAuthNote(PENDING) == null || form.containsKey(SetupPage.NUMBER)) {
            choosePhones(context, form);
        } else if (form.containsKey(WaitingPage.AGAIN) || pending(context).ticketId() == null) {
            call(context, PhoneCredentialData.read(auth.getAuthNote(PENDING)));
        } else {
            outcome(context);
        }
    }

    private void choosePhones(RequiredActionContext context, MultivaluedMap<String, String> form) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        List<FormMessage> errors = new ArrayList<>();
        NumberRules rules = NumberRules.forCalls(settings);
        PhoneNumbers.Parsed primary =
                PhoneNumbers.parse(
                        form.getFirst(SetupPage.NUMBER), settings.phoneDefaultRegion(), rules);
        if (!primary.valid()) {
            errors.add(new FormMessage(SetupPage.NUMBER, primary.problemKey()));
        }
        String extension = trimmed(form.getFirst(SetupPage.EXTENSION));
        if (extension != null && !PhoneNumbers.validExtension(extension)) {
            errors.add(new FormMessage(SetupPage.EXTENSION, VoiceMessages.EXTENSION_INVALID));
        }
        String backup = null;
        String typedBackup = trimmed(form.getFirst(SetupPage.BACKUP_NUMBER));
        if (settings.flag(PortalSetting.ENROLLMENT_ASKS_BACKUP_PHONE) && typedBackup != null) {
            PhoneNumbers.Parsed parsed =
                    PhoneNumbers.parse(typedBackup, settings.phoneDefaultRegion(), rules);
            if (parsed.valid()) {
                backup = parsed.e164();
            } else {
                errors.add(new FormMessage(SetupPage.BACKUP_NUMBER, parsed.problemKey()));
            }
        }
        PendingPin pin = PinChoice.readIfAsked(context, settings, form, errors);
        if (!errors.isEmpty()) {
            context.challenge(setupPage(context, form, errors));
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        forgetPending(context);
        PhoneCredentialData phones =
                new PhoneCredentialData(primary.e164(), extension, backup, false);
        auth.setAuthNote(PENDING, phones.write());
        if (pin != null) {
            auth.setAuthNote(PENDING_PIN, pin.serialise());
        }
        call(context, phones);
    }

    private void call(RequiredActionContext context, PhoneCredentialData phones) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        PortalSettings settings = PortalSettings.of(context.getRealm());
        String pendingPin = auth.getAuthNote(PENDING_PIN);
        PendingVerification.Sent sent =
                pending(context)
                        .remember(
                                CallVerification.start(
                                        context.getSession(),
                                        context.getRealm(),
                                        settings,
                                        context.getUser(),
                                        phones.number(),
                                        phones.extension(),
                                        PinPolicy.requiredFor(settings, context.getUser()),
                                        pendingPin == null
                                                ? Map.of(Ticket.SETUP, "true")
                                                : Map.of(
                                                        Ticket.SETUP,
                                                        "true",
                                                        Ticket.PENDING_PIN,
                                                        pendingPin),
                                        CallVerification.EarlierCall.ENDED_FIRST));
        if (!sent.wentOut()) {
            context.challenge(
                    waitingPage(context.form().setError(sent.problemKey()), context, null, phones));
            return;
        }
        context.challenge(waitingPage(context.form(), context, sent.ticket().id(), phones));
    }

    private void outcome(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        PhoneCredentialData phones = PhoneCredentialData.read(auth.getAuthNote(PENDING));
        PendingVerification pending = pending(context);
        Ticket ticket = pending.ticket().orElse(null);
        if (ticket != null && ticket.state() == Ticket.State.PENDING) {
            context.challenge(waitingPage(context.form(), context, ticket.id(), phones));
            return;
        }
        pending.end();
        if (ticket != null && ticket.state() == Ticket.State.APPROVED) {
            finish(context, phones);
            return;
        }
        String error =
                ticket == null
                        ? VoiceMessages.NO_ANSWER
                        : VoiceMessages.callProblem(ticket.state());
        context.challenge(waitingPage(context.form().setError(error), context, null, phones));
    }

    private void finish(RequiredActionContext context, PhoneCredentialData phones) {
        UserModel user = context.getUser();
        // A fraud lock survives a change of numbers: only an admin lifts it.
        boolean locked =
                VoiceCredential.STORE.dataOf(user).map(PhoneCredentialData::locked).orElse(false);
        VoiceCredential.STORE.save(user, locked ? phones.lock() : phones);
        PinChoice.storeKept(context, PENDING_PIN);
        forgetPending(context);
        MethodEvents.succeeded(
                context.getAuthenticationSession(), context.getEvent(), VoiceCredential.TYPE);
        context.success();
    }

    private Response setupPage(
            RequiredActionContext context,
            MultivaluedMap<String, String> typed,
            List<FormMessage> errors) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        SetupPage.View view =
                new SetupPage.View(
                        VoiceMessages.SETUP_TITLE,
                        VoiceMessages.SETUP_NUMBER,
                        VoiceMessages.SETUP_CALL_ME,
                        true,
                        settings.flag(PortalSetting.ENROLLMENT_ASKS_BACKUP_PHONE),
                        PinChoice.asked(context, settings),
                        settings.number(PortalSetting.PIN_MIN_LENGTH),
                        settings.number(PortalSetting.PIN_MAX_LENGTH));
        if (typed == null) {
            DirectorySuggestion.offer(
                    context.form(),
                    settings,
                    DirectoryNumbers.forCalls(settings),
                    context.getUser());
        }
        return SetupPage.render(context.form(), view, typed, errors);
    }

    private Response waitingPage(
            LoginFormsProvider form,
            RequiredActionContext context,
            String ticketId,
            PhoneCredentialData phones) {
        boolean pin =
                PinPolicy.requiredFor(PortalSettings.of(context.getRealm()), context.getUser());
        return WaitingPage.render(
                form.setAttribute("mfaSetupStep", true),
                context.getSession(),
                context.getRealm(),
                new WaitingPage.View(
                        ticketId,
                        VoiceMessages.SETUP_TITLE,
                        pin ? VoiceMessages.WAIT_INSTRUCTION_PIN : VoiceMessages.WAIT_INSTRUCTION,
                        VoiceMessages.calledPhone(context.getSession(), context.getUser(), phones),
                        VoiceMessages.CALL_AGAIN,
                        false));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static PendingVerification pending(RequiredActionContext context) {
        return new PendingVerification(
                context.getSession(), context.getAuthenticationSession(), PENDING_CALL);
    }

    private static void forgetPending(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        // The confirmation call placed for the numbers forgotten stops ringing, and can confirm
        // nothing.
        LeftOpen.close(context.getSession(), auth);
        auth.removeAuthNote(PENDING);
        auth.removeAuthNote(PENDING_PIN);
        pending(context).forget();
    }
}
