package org.mfaportal.sms;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.catalog.BackToSetupChoice;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.PortalRequiredAction;
import org.mfaportal.phone.NumberRules;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.PhoneNumbers;
import org.mfaportal.phone.SentCode;
import org.mfaportal.phone.directory.DirectoryNumbers;
import org.mfaportal.phone.directory.DirectorySuggestion;
import org.mfaportal.phone.flow.CodePage;
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
 * Sets up (or changes) the mobile number: the user types it (and a PIN where required), we text it,
 * and only a correct code (or reply) stores the number: the seed's "Text Me Now to Authenticate".
 */
final class SmsSetupRequiredAction extends PortalRequiredAction {

    static final String PURPOSE = "sms-setup";
    private static final String PENDING_NUMBER = "mfa-portal.sms-setup.number";
    private static final String PENDING_PIN = "mfa-portal.sms-setup.pin";

    /** The two-way text's reply that confirms the number. */
    private static final String PENDING = "sms-setup";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
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
        String number = auth.getAuthNote(PENDING_NUMBER);
        if (form.containsKey(SetupPage.CHANGE_NUMBER)) {
            requiredActionChallenge(context);
        } else if (number == null || form.containsKey(SetupPage.NUMBER)) {
            chooseNumber(context, form);
        } else if (PortalSettings.of(context.getRealm()).flag(PortalSetting.SMS_TWO_WAY)) {
            awaitReply(context, number);
        } else {
            checkCode(context, form, number);
        }
    }

    private void chooseNumber(RequiredActionContext context, MultivaluedMap<String, String> form) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        List<FormMessage> errors = new ArrayList<>();
        PhoneNumbers.Parsed parsed =
                PhoneNumbers.parse(
                        form.getFirst(SetupPage.NUMBER),
                        settings.phoneDefaultRegion(),
                        NumberRules.forTexts(settings));
        if (!parsed.valid()) {
            errors.add(new FormMessage(SetupPage.NUMBER, parsed.problemKey()));
        }
        PendingPin pin = PinChoice.readIfAsked(context, settings, form, errors);
        if (!errors.isEmpty()) {
            context.challenge(setupPage(context, form, errors));
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        forgetPending(context);
        auth.setAuthNote(PENDING_NUMBER, parsed.e164());
        if (pin != null) {
            auth.setAuthNote(PENDING_PIN, pin.serialise());
        }
        if (settings.flag(PortalSetting.SMS_TWO_WAY)) {
            startReply(context, settings, parsed.e164(), pin);
        } else {
            TextCodes.Sending sending =
                    codes(context, settings).resend(context.getUser(), parsed.e164());
            if (sending.outcome() == TextCodes.Outcome.NOT_SENT) {
                // No code went out: back to the number, with what is wrong, not a page asking for a
                // code.
                forgetPending(context);
                context.challenge(
                        setupPage(
                                context,
                                form,
                                List.of(new FormMessage(SetupPage.NUMBER, sending.problemKey()))));
                return;
            }
            context.challenge(afterSending(context, sending, parsed.e164()));
        }
    }

    private void checkCode(
            RequiredActionContext context, MultivaluedMap<String, String> form, String number) {
        TextCodes codes = codes(context, PortalSettings.of(context.getRealm()));
        if (form.containsKey(CodePage.DELIVERY_REPORT)) {
            // The page's script saw the text reported undelivered: no code was typed, nothing to
            // count.
            context.challenge(codePage(context, number, null));
            return;
        }
        if (form.containsKey(CodePage.RESEND)) {
            context.challenge(
                    afterSending(context, codes.resend(context.getUser(), number), number));
            return;
        }
        SentCode.Check check = codes.check(form.getFirst(CodePage.CODE));
        if (check == SentCode.Check.MATCH) {
            finish(context, number);
            return;
        }
        Lockout.countFailure(context);
        String error =
                switch (check) {
                    case EXPIRED -> SmsMessages.CODE_EXPIRED;
                    case EXHAUSTED -> SmsMessages.CODE_EXHAUSTED;
                    default -> SmsMessages.CODE_WRONG;
                };
        context.challenge(codePage(context, number, error));
    }

    private void startReply(
            RequiredActionContext context, PortalSettings settings, String number, PendingPin pin) {
        boolean pinRequired = PinPolicy.requiredFor(settings, context.getUser());
        PendingVerification.Sent sent =
                pending(context)
                        .remember(
                                ReplyVerification.start(
                                        context.getSession(),
                                        context.getRealm(),
                                        settings,
                                        context.getUser(),
                                        number,
                                        pinRequired,
                                        pin == null
                                                ? Map.of()
                                                : Map.of(Ticket.PENDING_PIN, pin.serialise()),
                                        SmsMessages.TEXT_REPLY,
                                        SmsMessages.TEXT_REPLY_PIN));
        if (!sent.wentOut()) {
            context.challenge(
                    setupPage(
                            context,
                            null,
                            List.of(new FormMessage(SetupPage.NUMBER, sent.problemKey()))));
            return;
        }
        context.challenge(
                WaitingPage.render(
                        context.form(),
                        context.getSession(),
                        context.getRealm(),
                        replyView(sent.ticket().id(), number, pinRequired)));
    }

    private void awaitReply(RequiredActionContext context, String number) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        PendingVerification pending = pending(context);
        Ticket ticket = pending.ticket().orElse(null);
        PortalSettings settings = PortalSettings.of(context.getRealm());
        if (ticket == null
                || context.getHttpRequest()
                        .getDecodedFormParameters()
                        .containsKey(WaitingPage.AGAIN)) {
            pending.forgetTicket();
            startReply(context, settings, number, PendingPin.parse(auth.getAuthNote(PENDING_PIN)));
            return;
        }
        if (ticket.state() == Ticket.State.PENDING) {
            context.challenge(
                    WaitingPage.render(
                            context.form(),
                            context.getSession(),
                            context.getRealm(),
                            replyView(ticket.id(), number, ticket.pinRequired())));
            return;
        }
        pending.end();
        if (ticket.state() == Ticket.State.APPROVED) {
            finish(context, number);
            return;
        }
        context.challenge(
                WaitingPage.render(
                        context.form().setError(SmsMessages.replyProblem(ticket.state())),
                        context.getSession(),
                        context.getRealm(),
                        replyView(null, number, ticket.pinRequired()).withoutTicket()));
    }

    private void finish(RequiredActionContext context, String number) {
        UserModel user = context.getUser();
        boolean locked =
                SmsCredential.STORE.dataOf(user).map(PhoneCredentialData::locked).orElse(false);
        SmsCredential.STORE.save(user, new PhoneCredentialData(number, null, null, locked));
        PinChoice.storeKept(context, PENDING_PIN);
        forgetPending(context);
        MethodEvents.succeeded(
                context.getAuthenticationSession(), context.getEvent(), SmsCredential.TYPE);
        context.success();
    }

    private Response setupPage(
            RequiredActionContext context,
            MultivaluedMap<String, String> typed,
            List<FormMessage> errors) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        SetupPage.View view =
                new SetupPage.View(
                        SmsMessages.SETUP_TITLE,
                        SmsMessages.SETUP_NUMBER,
                        SmsMessages.SETUP_TEXT_ME,
                        false,
                        false,
                        PinChoice.asked(context, settings),
                        settings.number(PortalSetting.PIN_MIN_LENGTH),
                        settings.number(PortalSetting.PIN_MAX_LENGTH));
        if (typed == null) {
            DirectorySuggestion.offer(
                    context.form(),
                    settings,
                    DirectoryNumbers.forTexts(settings),
                    context.getUser());
        }
        return SetupPage.render(context.form(), view, typed, errors);
    }

    private Response afterSending(
            RequiredActionContext context, TextCodes.Sending sending, String number) {
        return switch (sending.outcome()) {
            case SENT, ALREADY_SENT -> codePage(context, number, null);
            case COOLDOWN ->
                    CodePage.render(
                            context.form()
                                    .setAttribute("mfaSetupStep", true)
                                    .addError(
                                            new FormMessage(
                                                    CodePage.CODE,
                                                    PhoneMessages.RESEND_WAIT,
                                                    sending.waitSeconds())),
                            SmsMessages.SETUP_TITLE,
                            PhoneCredentialData.masked(number),
                            codes(context, PortalSettings.of(context.getRealm()))
                                    .deliveryStateUrl(),
                            null,
                            null);
            case NOT_SENT -> codePage(context, number, sending.problemKey());
        };
    }

    private Response codePage(RequiredActionContext context, String number, String errorKey) {
        TextCodes codes = codes(context, PortalSettings.of(context.getRealm()));
        return CodePage.render(
                context.form().setAttribute("mfaSetupStep", true),
                SmsMessages.SETUP_TITLE,
                PhoneCredentialData.masked(number),
                codes.deliveryStateUrl(),
                codes.errorOnCodePage(errorKey),
                null);
    }

    private static WaitingPage.View replyView(String ticketId, String number, boolean pin) {
        return new WaitingPage.View(
                ticketId,
                SmsMessages.SETUP_TITLE,
                pin ? SmsMessages.REPLY_INSTRUCTION_PIN : SmsMessages.REPLY_INSTRUCTION,
                PhoneCredentialData.masked(number),
                SmsMessages.RESEND,
                false);
    }

    private static TextCodes codes(RequiredActionContext context, PortalSettings settings) {
        return new TextCodes(
                context.getSession(), settings, context.getAuthenticationSession(), PURPOSE);
    }

    private static PendingVerification pending(RequiredActionContext context) {
        return new PendingVerification(
                context.getSession(), context.getAuthenticationSession(), PENDING);
    }

    private static void forgetPending(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        auth.removeAuthNote(PENDING_NUMBER);
        auth.removeAuthNote(PENDING_PIN);
        pending(context).forget();
        SentCode.clear(auth, PURPOSE);
    }
}
