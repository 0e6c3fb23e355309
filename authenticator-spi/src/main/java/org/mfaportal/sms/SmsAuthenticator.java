package org.mfaportal.sms;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.mfaportal.catalog.RememberOffer;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.PortalMethodAuthenticator;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.SentCode;
import org.mfaportal.phone.flow.CodePage;
import org.mfaportal.phone.flow.PendingVerification;
import org.mfaportal.phone.flow.WaitingPage;
import org.mfaportal.phone.pin.PinPolicy;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;
import org.mfaportal.waiting.Ticket;

/**
 * Second step by text message: a code typed into the page, or, in two-way mode, the user replies to
 * the text with the code (and PIN) and the page moves on by itself.
 */
final class SmsAuthenticator extends PortalMethodAuthenticator {

    SmsAuthenticator() {
        super(SmsCredentialProviderFactory.ID, SmsSetupRequiredActionFactory.ID);
    }

    static final String PURPOSE = "sms-sign-in";

    /**
     * Event error for a reply of STOP: not a wrong code, and not counted by brute-force protection.
     */
    static final String OPTED_OUT_EVENT_ERROR = "mfa_sms_opted_out";

    /** Event error for a text the gateway could not deliver; not the user's failure either. */
    static final String UNDELIVERED_EVENT_ERROR = "mfa_sms_undelivered";

    /** The two-way text's reply that this tab waits for. */
    private static final String PENDING = "sms";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        PortalSettings settings = PortalSettings.of(context.getRealm());
        String number = number(context.getUser());
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            // No text goes out while the user is locked out (a fraud block passes the password
            // form).
            refuse(context, settings, number, lock.get());
            return;
        }
        if (settings.flag(PortalSetting.SMS_TWO_WAY)) {
            startReply(context, settings, number);
            return;
        }
        TextCodes.Sending sending =
                codes(context, settings).sendUnlessLive(context.getUser(), number);
        context.challenge(afterSending(context, sending, number, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        String number = number(context.getUser());
        Optional<Lockout.Lock> lock = Lockout.of(context);
        if (lock.isPresent()) {
            refuse(context, settings, number, lock.get());
            return;
        }
        if (settings.flag(PortalSetting.SMS_TWO_WAY)) {
            continueReply(context, settings, number);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        TextCodes codes = codes(context, settings);
        if (form.containsKey(CodePage.RESEND)) {
            context.challenge(
                    afterSending(
                            context,
                            codes.resend(context.getUser(), number),
                            number,
                            SmsMessages.RESENT));
            return;
        }
        if (form.containsKey(CodePage.DELIVERY_REPORT)) {
            // The page's script saw the text reported undelivered: no code was typed, nothing to
            // count.
            context.challenge(codePage(context, number, null, null));
            return;
        }
        SentCode.Check check = codes.check(form.getFirst(CodePage.CODE));
        switch (check) {
            case MATCH -> {
                MethodEvents.succeeded(
                        context.getAuthenticationSession(), context.getEvent(), SmsCredential.TYPE);
                context.success();
            }
            case EXPIRED -> {
                failed(context, Errors.EXPIRED_CODE);
                Lockout.wrongAnswer(
                        context, codePage(context, number, SmsMessages.CODE_EXPIRED, null));
            }
            case EXHAUSTED -> {
                failed(context, Errors.INVALID_USER_CREDENTIALS);
                Lockout.wrongAnswer(
                        context, codePage(context, number, SmsMessages.CODE_EXHAUSTED, null));
            }
            case MISMATCH -> {
                failed(context, Errors.INVALID_USER_CREDENTIALS);
                Lockout.wrongAnswer(
                        context, codePage(context, number, SmsMessages.CODE_WRONG, null));
            }
        }
    }

    private static void failed(AuthenticationFlowContext context, String error) {
        MethodEvents.failed(
                context.getAuthenticationSession(),
                context.getEvent(),
                context.getUser(),
                SmsCredential.TYPE,
                error);
    }

    /**
     * Keycloak's answer to a locked user, whatever was typed or replied; a reply that came in while
     * locked is used up, so it cannot finish the sign-in once the lock ends.
     */
    private void refuse(
            AuthenticationFlowContext context,
            PortalSettings settings,
            String number,
            Lockout.Lock lock) {
        if (!settings.flag(PortalSetting.SMS_TWO_WAY)) {
            context.forceChallenge(codePage(context, number, lock.messageKey(), null));
            return;
        }
        pending(context).end();
        context.forceChallenge(
                WaitingPage.render(
                        RememberOffer.on(context).setError(lock.messageKey()),
                        context.getSession(),
                        context.getRealm(),
                        replyView(null, number, PinPolicy.requiredFor(settings, context.getUser()))
                                .withoutTicket()));
    }

    private Response afterSending(
            AuthenticationFlowContext context,
            TextCodes.Sending sending,
            String number,
            String infoOnSuccess) {
        if (sending.result() != null) {
            MethodEvents.sent(
                    context.getAuthenticationSession(),
                    context.getEvent(),
                    SmsCredential.TYPE,
                    sending.result());
        }
        return switch (sending.outcome()) {
            case SENT -> codePage(context, number, null, infoOnSuccess);
            case ALREADY_SENT -> codePage(context, number, null, null);
            case COOLDOWN ->
                    codePage(
                            context,
                            number,
                            PhoneMessages.RESEND_WAIT,
                            null,
                            sending.waitSeconds());
            case NOT_SENT -> codePage(context, number, sending.problemKey(), null);
        };
    }

    private Response codePage(
            AuthenticationFlowContext context,
            String number,
            String errorKey,
            String infoKey,
            Object... args) {
        var form = RememberOffer.on(context);
        TextCodes codes = codes(context, PortalSettings.of(context.getRealm()));
        errorKey = codes.errorOnCodePage(errorKey);
        if (errorKey != null && args.length > 0 && !SmsMessages.NOT_DELIVERED.equals(errorKey)) {
            form.addError(new FormMessage(CodePage.CODE, errorKey, args));
            errorKey = null;
        }
        return CodePage.render(
                form,
                SmsMessages.CODE_TITLE,
                PhoneCredentialData.masked(number),
                codes.deliveryStateUrl(),
                errorKey,
                infoKey);
    }

    private void startReply(
            AuthenticationFlowContext context, PortalSettings settings, String number) {
        boolean pin = PinPolicy.requiredFor(settings, context.getUser());
        PendingVerification.Sent sent =
                pending(context)
                        .remember(
                                ReplyVerification.start(
                                        context.getSession(),
                                        context.getRealm(),
                                        settings,
                                        context.getUser(),
                                        number,
                                        pin,
                                        Map.of(),
                                        SmsMessages.TEXT_REPLY,
                                        SmsMessages.TEXT_REPLY_PIN));
        MethodEvents.sent(
                context.getAuthenticationSession(),
                context.getEvent(),
                SmsCredential.TYPE,
                sent.result());
        if (!sent.wentOut()) {
            context.challenge(
                    WaitingPage.render(
                            RememberOffer.on(context).setError(sent.problemKey()),
                            context.getSession(),
                            context.getRealm(),
                            replyView(null, number, pin).withoutTicket()));
            return;
        }
        context.challenge(waitingPage(context, sent.ticket().id(), number, pin));
    }

    private void continueReply(
            AuthenticationFlowContext context, PortalSettings settings, String number) {
        PendingVerification pending = pending(context);
        Ticket ticket = pending.ticket().orElse(null);
        boolean again =
                context.getHttpRequest().getDecodedFormParameters().containsKey(WaitingPage.AGAIN);
        if (ticket == null && !again) {
            // The texted code expired unanswered: a new text follows only the user's click, never
            // the page's poll.
            pending.forgetTicket();
            context.challenge(
                    WaitingPage.render(
                            RememberOffer.on(context).setError(SmsMessages.CODE_EXPIRED),
                            context.getSession(),
                            context.getRealm(),
                            replyView(
                                            null,
                                            number,
                                            PinPolicy.requiredFor(settings, context.getUser()))
                                    .withoutTicket()));
            return;
        }
        if (again) {
            long wait = pending.secondsUntilAgain(settings);
            if (wait > 0) {
                context.challenge(
                        WaitingPage.render(
                                RememberOffer.on(context).setError(PhoneMessages.RESEND_WAIT, wait),
                                context.getSession(),
                                context.getRealm(),
                                replyView(
                                        ticket == null ? null : ticket.id(),
                                        number,
                                        PinPolicy.requiredFor(settings, context.getUser()))));
                return;
            }
            pending.forgetTicket();
            startReply(context, settings, number);
            return;
        }
        boolean pin = ticket.pinRequired();
        if (ticket.state() == Ticket.State.PENDING) {
            context.challenge(waitingPage(context, ticket.id(), number, pin));
            return;
        }
        pending.end();
        if (ticket.state() == Ticket.State.APPROVED) {
            MethodEvents.succeeded(
                    context.getAuthenticationSession(), context.getEvent(), SmsCredential.TYPE);
            context.success();
            return;
        }
        // Already counted by the webhook in brute-force protection; tell the user and let them
        // retry.
        failed(
                context,
                switch (ticket.state()) {
                    case REPLIES_STOPPED -> OPTED_OUT_EVENT_ERROR;
                    case UNDELIVERED -> UNDELIVERED_EVENT_ERROR;
                    default -> Errors.INVALID_USER_CREDENTIALS;
                });
        context.challenge(
                WaitingPage.render(
                        RememberOffer.on(context)
                                .setError(SmsMessages.replyProblem(ticket.state())),
                        context.getSession(),
                        context.getRealm(),
                        replyView(null, number, pin).withoutTicket()));
    }

    private Response waitingPage(
            AuthenticationFlowContext context, String ticketId, String number, boolean pin) {
        return WaitingPage.render(
                RememberOffer.on(context),
                context.getSession(),
                context.getRealm(),
                replyView(ticketId, number, pin));
    }

    private static WaitingPage.View replyView(String ticketId, String number, boolean pin) {
        return new WaitingPage.View(
                ticketId,
                SmsMessages.REPLY_TITLE,
                pin ? SmsMessages.REPLY_INSTRUCTION_PIN : SmsMessages.REPLY_INSTRUCTION,
                PhoneCredentialData.masked(number),
                SmsMessages.RESEND,
                false);
    }

    private static PendingVerification pending(AuthenticationFlowContext context) {
        return new PendingVerification(
                context.getSession(), context.getAuthenticationSession(), PENDING);
    }

    private static TextCodes codes(AuthenticationFlowContext context, PortalSettings settings) {
        return new TextCodes(
                context.getSession(), settings, context.getAuthenticationSession(), PURPOSE);
    }

    private static String number(UserModel user) {
        return SmsCredential.STORE
                .dataOf(user)
                .map(PhoneCredentialData::number)
                .orElseThrow(
                        () -> new IllegalStateException("user has no text-message credential"));
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return SmsCredential.STORE.of(user).isPresent();
    }
}
