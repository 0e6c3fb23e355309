package org.mfaportal.voice;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.catalog.RememberOffer;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.PortalMethodAuthenticator;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.flow.PendingVerification;
import org.mfaportal.phone.flow.WaitingPage;
import org.mfaportal.phone.pin.PinPolicy;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;
import org.mfaportal.waiting.Ticket;

/**
 * Second step by phone call: the user answers and presses # (or the PIN, then #). The page waits
 * for the call's verdict and moves on by itself; from it the user can be called again, call the
 * backup phone, or try another way.
 */
final class VoiceAuthenticator extends PortalMethodAuthenticator {

    VoiceAuthenticator() {
        super(VoiceCredentialProviderFactory.ID, VoiceSetupRequiredActionFactory.ID);
    }

    /** The call this tab waits for. */
    private static final String PENDING = "voice";

    private static final String BACKUP_NOTE = "mfa-portal.voice.backup";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        PhoneCredentialData phone = phone(context.getUser());
        if (phone.locked()) {
            // A call placed before the lock rings no longer, and can confirm nothing.
            LeftOpen.close(context.getSession(), context.getAuthenticationSession());
            pending(context).end();
            MethodEvents.failed(
                    context.getAuthenticationSession(),
                    context.getEvent(),
                    context.getUser(),
                    VoiceCredential.TYPE,
                    Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(
                    page(
                            RememberOffer.on(context).setError(VoiceMessages.LOCKED),
                            context,
                            null,
                            phone,
                            false,
                            false));
            return;
        }
        call(context, phone, false);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        PhoneCredentialData phone = phone(context.getUser());
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (phone.locked() && pending(context).ticketId() == null) {
            authenticate(context);
        } else if (form.containsKey(WaitingPage.BACKUP) && phone.backupNumber() != null) {
            // Another number: no need to wait for the cooldown, which guards against calling one
            // phone over and over.
            call(context, phone, true);
        } else if (form.containsKey(WaitingPage.AGAIN) || form.containsKey(WaitingPage.BACKUP)) {
            callAgain(
                    context,
                    phone,
                    Boolean.parseBoolean(
                            context.getAuthenticationSession().getAuthNote(BACKUP_NOTE)));
        } else {
            outcome(context, phone);
        }
    }

    private void callAgain(
            AuthenticationFlowContext context, PhoneCredentialData phone, boolean backup) {
        PendingVerification pending = pending(context);
        long wait = pending.secondsUntilAgain(PortalSettings.of(context.getRealm()));
        if (wait > 0) {
            context.challenge(
                    page(
                            RememberOffer.on(context).setError(PhoneMessages.RESEND_WAIT, wait),
                            context,
                            pending.ticketId(),
                            phone,
                            backup,
                            true));
            return;
        }
        call(context, phone, backup);
    }

    private void call(
            AuthenticationFlowContext context, PhoneCredentialData phone, boolean backup) {
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            // Nothing rings while the user is locked out (a fraud block passes the password form).
            context.challenge(
                    page(
                            RememberOffer.on(context).setError(lock.get().messageKey()),
                            context,
                            null,
                            phone,
                            backup,
                            false));
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        PortalSettings settings = PortalSettings.of(context.getRealm());
        String number = backup ? phone.backupNumber() : phone.number();
        PendingVerification pending = pending(context);
        PendingVerification.Sent sent =
                pending.rememberBeside(
                        CallVerification.start(
                                context.getSession(),
                                context.getRealm(),
                                settings,
                                context.getUser(),
                                number,
                                backup ? null : phone.extension(),
                                PinPolicy.requiredFor(settings, context.getUser()),
                                Map.of(),
                                CallVerification.EarlierCall.ENDED_ONCE_PLACED));
        MethodEvents.sent(
                context.getAuthenticationSession(),
                context.getEvent(),
                VoiceCredential.TYPE,
                sent.result());
        if (!sent.wentOut()) {
            // A call refused (a send limit, the gateway) leaves the one still ringing to confirm.
            String ringing = pending.undecidedTicketId().orElse(null);
            context.challenge(
                    page(
                            RememberOffer.on(context).setError(sent.problemKey()),
                            context,
                            ringing,
                            phone,
                            ringing == null
                                    ? backup
                                    : Boolean.parseBoolean(auth.getAuthNote(BACKUP_NOTE)),
                            true));
            return;
        }
        auth.setAuthNote(BACKUP_NOTE, Boolean.toString(backup));
        context.challenge(
                page(RememberOffer.on(context), context, sent.ticket().id(), phone, backup, true));
    }

    private void outcome(AuthenticationFlowContext context, PhoneCredentialData phone) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        boolean backup = Boolean.parseBoolean(auth.getAuthNote(BACKUP_NOTE));
        PendingVerification pending = pending(context);
        Ticket ticket = pending.ticket().orElse(null);
        if (ticket == null) {
            // The call is over or expired unanswered: offer to call again.
            context.challenge(
                    page(
                            RememberOffer.on(context).setError(VoiceMessages.NO_ANSWER),
                            context,
                            null,
                            phone,
                            backup,
                            true));
            return;
        }
        if (ticket.state() == Ticket.State.PENDING) {
            context.challenge(
                    page(RememberOffer.on(context), context, ticket.id(), phone, backup, true));
            return;
        }
        pending.end();
        MethodEvents.succeeded(
                context.getAuthenticationSession(), context.getEvent(), VoiceCredential.TYPE);
        switch (ticket.state()) {
            case APPROVED -> {
                if (phone.locked()) {
                    // Calls were locked (a fraud report, an admin) after this one was placed.
                    authenticate(context);
                } else if (Lockout.lockedOut(context)) {
                    context.forceChallenge(
                            page(
                                    RememberOffer.on(context)
                                            .setError(Messages.ACCOUNT_TEMPORARILY_DISABLED),
                                    context,
                                    null,
                                    phone,
                                    backup,
                                    false));
                } else {
                    context.success();
                }
            }
            // The report itself blocks the user (FraudBlock) and is recorded by the webhook; the
            // page only ends this sign-in, and counts no failed attempt on any Keycloak version.
            case FRAUD_REPORTED ->
                    context.forceChallenge(
                            RememberOffer.on(context)
                                    .setError(VoiceMessages.FRAUD_REPORTED)
                                    .createErrorPage(Response.Status.FORBIDDEN));
            default -> {
                // A wrong PIN was already counted by the call's webhook in brute-force protection.
                MethodEvents.failed(
                        context.getAuthenticationSession(),
                        context.getEvent(),
                        context.getUser(),
                        VoiceCredential.TYPE,
                        ticket.state() == Ticket.State.WRONG_PIN
                                ? Errors.INVALID_USER_CREDENTIALS
                                : "mfa_call_" + ticket.state().name().toLowerCase());
                context.challenge(
                        page(
                                RememberOffer.on(context)
                                        .setError(VoiceMessages.callProblem(ticket.state())),
                                context,
                                null,
                                phone,
                                backup,
                                true));
            }
        }
    }

    private Response page(
            LoginFormsProvider form,
            AuthenticationFlowContext context,
            String ticketId,
            PhoneCredentialData phone,
            boolean backup,
            boolean offerCall) {
        boolean pin =
                PinPolicy.requiredFor(PortalSettings.of(context.getRealm()), context.getUser());
        WaitingPage.View view =
                new WaitingPage.View(
                        ticketId,
                        VoiceMessages.WAIT_TITLE,
                        pin ? VoiceMessages.WAIT_INSTRUCTION_PIN : VoiceMessages.WAIT_INSTRUCTION,
                        backup
                                ? PhoneCredentialData.masked(phone.backupNumber())
                                : VoiceMessages.calledPhone(
                                        context.getSession(), context.getUser(), phone),
                        offerCall ? VoiceMessages.CALL_AGAIN : null,
                        offerCall && !backup && phone.backupNumber() != null);
        return WaitingPage.render(form, context.getSession(), context.getRealm(), view);
    }

    private static PendingVerification pending(AuthenticationFlowContext context) {
        return new PendingVerification(
                context.getSession(), context.getAuthenticationSession(), PENDING);
    }

    private static PhoneCredentialData phone(UserModel user) {
        return VoiceCredential.STORE
                .dataOf(user)
                .orElseThrow(() -> new IllegalStateException("user has no voice credential"));
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return VoiceCredential.STORE.of(user).isPresent();
    }
}
