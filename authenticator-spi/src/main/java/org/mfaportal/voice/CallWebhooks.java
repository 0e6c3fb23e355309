package org.mfaportal.voice;

import jakarta.ws.rs.ForbiddenException;
import java.util.Locale;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.flow.Lockout;
import org.mfaportal.fraud.FraudReports;
import org.mfaportal.phone.TicketPins;
import org.mfaportal.phone.gateway.CallScript;
import org.mfaportal.phone.gateway.PhoneGateway;
import org.mfaportal.phone.gateway.WebhookEvent;
import org.mfaportal.phone.webhook.CallHandler;
import org.mfaportal.waiting.Ticket;
import org.mfaportal.waiting.Tickets;

/**
 * The call's side of a voice verification: what to say, and what the keys pressed decide.
 * Registered with the phone layer as the voice method's {@link CallHandler}.
 */
final class CallWebhooks implements CallHandler {

    /** Event error for "0#": the person who answered says they did not try to sign in. */
    public static final String FRAUD_EVENT_ERROR = FraudReports.CALL_REPORTED;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tickets tickets;

    CallWebhooks(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.tickets = new Tickets(session);
    }

    @Override
    public CallScript keysPressed(Ticket ticket, WebhookEvent.KeysPressed keys) {
        // Keys come seconds after the call was placed, when its id is long stored: none, no
        // verdict.
        if (ticket.note(Ticket.GATEWAY_ID) == null) {
            throw new ForbiddenException("not the call placed for this verification");
        }
        requireSameCall(ticket, keys.callId());
        UserModel user = session.users().getUserById(realm, ticket.note(Ticket.USER));
        KeypadEntry entry = KeypadEntry.of(keys.digits(), keys.finished());
        Ticket.State outcome = judge(ticket, user, entry);
        // Settling is atomic and happens once: a replayed webhook gets 403 and changes nothing.
        if (!tickets.settle(ticket, outcome)) {
            throw new ForbiddenException("this call was already answered");
        }
        if (outcome == Ticket.State.FRAUD_REPORTED) {
            lockAndReport(user, keys.callId());
        } else if (outcome == Ticket.State.WRONG_PIN) {
            Lockout.countFailure(session, realm, user);
        }
        return script(ticket).outcome(outcome);
    }

    @Override
    public void statusReported(Ticket ticket, WebhookEvent.CallStatus status) {
        requireSameCall(ticket, status.callId());
        Ticket.State outcome =
                switch (status.stage()) {
                    case BUSY -> Ticket.State.BUSY;
                    case NO_ANSWER -> Ticket.State.NO_ANSWER;
                    case FAILED, CANCELED -> Ticket.State.FAILED;
                    // Answered, then hung up without pressing #.
                    case COMPLETED -> Ticket.State.NO_ANSWER;
                    case ACTIVE -> null;
                };
        if (outcome != null) {
            tickets.settle(ticket, outcome);
        }
    }

    /**
     * A ticket's webhooks belong to the one call placed for it, by this method. A status may come
     * before the call's id is stored (the gateway reports a failed call within milliseconds).
     */
    private static void requireSameCall(Ticket ticket, String callId) {
        if (!VoiceCredential.TYPE.equals(ticket.note(Ticket.METHOD))) {
            throw new ForbiddenException("not a call of this method");
        }
        String placed = ticket.note(Ticket.GATEWAY_ID);
        if (placed != null && !placed.equals(callId)) {
            throw new ForbiddenException("not the call placed for this verification");
        }
    }

    private Ticket.State judge(Ticket ticket, UserModel user, KeypadEntry entry) {
        if (user == null) {
            return Ticket.State.FAILED;
        }
        if (!entry.finished()) {
            // Silence or voicemail until the keypad timed out: no answer from a person, and no
            // wrong PIN.
            return Ticket.State.NOT_CONFIRMED;
        }
        if (entry.isFraudReport()) {
            return Ticket.State.FRAUD_REPORTED;
        }
        if (ticket.pinRequired()) {
            return TicketPins.matches(session, realm, ticket, user, entry.digits())
                    ? Ticket.State.APPROVED
                    : Ticket.State.WRONG_PIN;
        }
        return Ticket.State.APPROVED;
    }

    private void lockAndReport(UserModel user, String callId) {
        CallLock.lock(user);
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.LOGIN_ERROR)
                .user(user)
                .detail(MethodEvents.METHOD, VoiceCredential.TYPE)
                .detail(MethodEvents.GATEWAY, session.getProvider(PhoneGateway.class).name())
                .detail(MethodEvents.GATEWAY_ID, callId)
                .error(FRAUD_EVENT_ERROR);
        FraudReports.reported(session, realm, user, VoiceCredential.TYPE);
    }

    private VoiceScript script(Ticket ticket) {
        String language = ticket.note(Ticket.LOCALE);
        return new VoiceScript(
                session,
                language == null ? Locale.ENGLISH : Locale.forLanguageTag(language),
                Boolean.parseBoolean(ticket.note(Ticket.SETUP)));
    }
}
