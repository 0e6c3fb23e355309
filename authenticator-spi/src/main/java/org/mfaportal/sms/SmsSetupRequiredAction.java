package org.mfaportal.sms;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.enrollment.BackToSetupChoice;
import org.mfaportal.flow.Lockout;
import org.mfaportal.phone.OpenCall;
import org.mfaportal.phone.Outbound;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.PhoneMessages;
import org.mfaportal.phone.NumberRules;
import org.mfaportal.phone.PhoneNumbers;
import org.mfaportal.phone.SentCode;
import org.mfaportal.phone.Ticket;
import org.mfaportal.phone.Tickets;
import org.mfaportal.phone.flow.CodePage;
import org.mfaportal.phone.flow.MethodEvents;
import org.mfaportal.phone.flow.PinChoice;
import org.mfaportal.phone.flow.SetupPage;
import org.mfaportal.phone.flow.WaitingPage;
import org.mfaportal.pin.PendingPin;
import org.mfaportal.pin.PinPolicy;
import org.mfaportal.pin.PinRules;
import org.mfaportal.pin.Pins;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Sets up (or changes) the mobile number: the user types it (and a PIN where required), we text
 * it, and only a correct code (or reply) stores the number: the seed's "Text Me Now to Authenticate".
 */
final class SmsSetupRequiredAction implements RequiredActionProvider {

    static final String PURPOSE = "sms-setup";
    private static final String PENDING_NUMBER = "mfa-portal.sms-setup.number";
    private static final String PENDING_PIN = "mfa-portal.sms-setup.pin";
    private static final String TICKET = "mfa-portal.sms-setup.ticket";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added by the authenticator or an admin, never on its own.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        OpenCall.cancelLeftOver(context.getSession(), context.getAuthenticationSession());
        forgetPending(context.getAuthenticationSession());
        context.challenge(setupPage(context, null, List.of()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BackToSetupChoice.handled(context, this, () -> forgetPending(context.getAuthenticationSession()))) {
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
        PhoneNumbers.Parsed parsed = PhoneNumbers.parse(form.getFirst(SetupPage.NUMBER), settings.phoneDefaultRegion(),
                NumberRules.forTexts(settings));
        if (!parsed.valid()) {
            errors.add(new FormMessage(SetupPage.NUMBER, parsed.problemKey()));
        }
        PendingPin pin = null;
        if (asksPin(context, settings)) {
            pin = PinChoice.read(form, PinRules.of(settings), new Pins(context.getSession(), context.getRealm()), errors);
        }
        if (!errors.isEmpty()) {
            context.challenge(setupPage(context, form, errors));
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        forgetPending(auth);
        auth.setAuthNote(PENDING_NUMBER, parsed.e164());
        if (pin != null) {
            auth.setAuthNote(PENDING_PIN, pin.serialise());
        }
        if (settings.flag(PortalSetting.SMS_TWO_WAY)) {
            startReply(context, settings, parsed.e164(), pin);
        } else {
            TextCodes.Sending sending = codes(context, settings).resend(context.getUser(), parsed.e164());
            if (sending.outcome() == TextCodes.Outcome.FAILED || sending.outcome() == TextCodes.Outcome.LIMITED) {
                // No code went out: back to the number, with what is wrong, not a page asking for a code.
                forgetPending(auth);
                context.challenge(setupPage(context, form, List.of(new FormMessage(SetupPage.NUMBER, sending.result().problemKey()))));
                return;
            }
            context.challenge(afterSending(context, sending, parsed.e164()));
        }
    }

    private void checkCode(RequiredActionContext context, MultivaluedMap<String, String> form, String number) {
        TextCodes codes = codes(context, PortalSettings.of(context.getRealm()));
        if (form.containsKey(CodePage.DELIVERY_REPORT)) {
            // The page's script saw the text reported undelivered: no code was typed, nothing to count.
            context.challenge(codePage(context, number, null));
            return;
        }
        if (form.containsKey(CodePage.RESEND)) {
            context.challenge(afterSending(context, codes.resend(context.getUser(), number), number));
            return;
        }
        SentCode.Check check = codes.check(form.getFirst(CodePage.CODE));
        if (check == SentCode.Check.MATCH) {
            finish(context, number);
            return;
        }
        countFailure(context);
        String error = switch (check) {
            case EXPIRED -> SmsMessages.CODE_EXPIRED;
            case EXHAUSTED -> SmsMessages.CODE_EXHAUSTED;
            default -> SmsMessages.CODE_WRONG;
        };
        context.challenge(codePage(context, number, error));
    }

    private void startReply(RequiredActionContext context, PortalSettings settings, String number, PendingPin pin) {
        boolean pinRequired = PinPolicy.requiredFor(settings, context.getUser());
        ReplyVerification.Started started = ReplyVerification.start(context.getSession(), context.getRealm(), settings,
                context.getUser(), number, pinRequired, pin == null ? Map.of() : Map.of(Ticket.PENDING_PIN, pin.serialise()),
                SmsMessages.TEXT_REPLY, SmsMessages.TEXT_REPLY_PIN);
        if (started.ticket() == null) {
            String error = started.result().problemKey();
            context.challenge(setupPage(context, null, List.of(new FormMessage(SetupPage.NUMBER, error))));
            return;
        }
        context.getAuthenticationSession().setAuthNote(TICKET, started.ticket().id());
        context.challenge(WaitingPage.render(context.form(), context.getSession(), context.getRealm(),
                replyView(started.ticket().id(), number, pinRequired)));
    }

    private void awaitReply(RequiredActionContext context, String number) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        Tickets tickets = new Tickets(context.getSession());
        String id = auth.getAuthNote(TICKET);
        Ticket ticket = tickets.find(id).orElse(null);
        PortalSettings settings = PortalSettings.of(context.getRealm());
        if (ticket == null || context.getHttpRequest().getDecodedFormParameters().containsKey(WaitingPage.AGAIN)) {
            auth.removeAuthNote(TICKET);
            startReply(context, settings, number, PendingPin.parse(auth.getAuthNote(PENDING_PIN)));
            return;
        }
        switch (ticket.state()) {
            case PENDING -> context.challenge(WaitingPage.render(context.form(), context.getSession(), context.getRealm(),
                    replyView(id, number, ticket.pinRequired())));
            case APPROVED -> {
                tickets.take(id);
                finish(context, number);
            }
            default -> {
                tickets.take(id);
                auth.removeAuthNote(TICKET);
                String error = SmsMessages.replyProblem(ticket.state());
                context.challenge(WaitingPage.render(context.form().setError(error), context.getSession(), context.getRealm(),
                        replyView(null, number, ticket.pinRequired()).withoutTicket()));
            }
        }
    }

    private void finish(RequiredActionContext context, String number) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        UserModel user = context.getUser();
        boolean locked = SmsCredential.STORE.dataOf(user).map(PhoneCredentialData::locked).orElse(false);
        SmsCredential.STORE.save(user, new PhoneCredentialData(number, null, null, locked));
        PendingPin pin = PendingPin.parse(auth.getAuthNote(PENDING_PIN));
        if (pin != null) {
            new Pins(context.getSession(), context.getRealm()).store(user, pin);
        }
        forgetPending(auth);
        MethodEvents.succeeded(context.getAuthenticationSession(), context.getEvent(), SmsCredential.TYPE);
        context.success();
    }

    private boolean asksPin(RequiredActionContext context, PortalSettings settings) {
        return PinPolicy.requiredFor(settings, context.getUser())
                && !new Pins(context.getSession(), context.getRealm()).has(context.getUser());
    }

    private Response setupPage(RequiredActionContext context, MultivaluedMap<String, String> typed, List<FormMessage> errors) {
        PortalSettings settings = PortalSettings.of(context.getRealm());
        SetupPage.View view = new SetupPage.View(SmsMessages.SETUP_TITLE, SmsMessages.SETUP_NUMBER, SmsMessages.SETUP_TEXT_ME,
                false, false, asksPin(context, settings), settings.number(PortalSetting.PIN_MIN_LENGTH),
                settings.number(PortalSetting.PIN_MAX_LENGTH));
        return SetupPage.render(context.form(), view, typed, errors);
    }

    private Response afterSending(RequiredActionContext context, TextCodes.Sending sending, String number) {
        return switch (sending.outcome()) {
            case SENT, ALREADY_SENT -> codePage(context, number, null);
            case COOLDOWN -> CodePage.render(context.form().setAttribute("mfaSetupStep", true).addError(new FormMessage(CodePage.CODE,
                    PhoneMessages.RESEND_WAIT, sending.waitSeconds())), SmsMessages.SETUP_TITLE, PhoneCredentialData.masked(number),
                    codes(context, PortalSettings.of(context.getRealm())).deliveryStateUrl(), null, null);
            case LIMITED -> codePage(context, number, PhoneMessages.LIMIT_REACHED);
            case FAILED -> codePage(context, number, sending.result().problemKey());
        };
    }

    private Response codePage(RequiredActionContext context, String number, String errorKey) {
        TextCodes codes = codes(context, PortalSettings.of(context.getRealm()));
        return CodePage.render(context.form().setAttribute("mfaSetupStep", true), SmsMessages.SETUP_TITLE,
                PhoneCredentialData.masked(number), codes.deliveryStateUrl(), codes.errorOnCodePage(errorKey), null);
    }

    private static WaitingPage.View replyView(String ticketId, String number, boolean pin) {
        return new WaitingPage.View(ticketId, SmsMessages.SETUP_TITLE,
                pin ? SmsMessages.REPLY_INSTRUCTION_PIN : SmsMessages.REPLY_INSTRUCTION,
                PhoneCredentialData.masked(number), SmsMessages.RESEND, false);
    }

    private static TextCodes codes(RequiredActionContext context, PortalSettings settings) {
        return new TextCodes(context.getSession(), settings, context.getAuthenticationSession(), PURPOSE);
    }

    private static void countFailure(RequiredActionContext context) {
        Lockout.countFailure(context.getSession(), context.getRealm(), context.getUser());
    }

    private static void forgetPending(AuthenticationSessionModel auth) {
        auth.removeAuthNote(PENDING_NUMBER);
        auth.removeAuthNote(PENDING_PIN);
        auth.removeAuthNote(TICKET);
        SentCode.clear(auth, PURPOSE);
    }

    @Override
    public void close() {
        // Stateless.
    }
}
