package org.mfaportal.phone.dev;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.mfaportal.phone.webhook.WebhookPaths;

/**
 * What a person does with a virtual phone, turned into the webhooks Twilio would send: a text
 * reply, answering a call, pressing keys, declining or hanging up. The webhooks take the same code
 * path as Twilio's; how each answered is noted on the event for the developer.
 */
final class VirtualPhoneActions {

    private final RealmModel realm;
    private final DevSettings settings;
    private final InboxStore store;
    private final WebhookPoster poster;
    private final DevGateway gateway;

    VirtualPhoneActions(RealmModel realm, DevGateway gateway) {
        this.realm = realm;
        this.settings = gateway.settings();
        this.store = gateway.inbox(realm);
        this.gateway = gateway;
        this.poster = gateway.poster(WebhookPaths.gatewayRoot(gateway, realm));
    }

    void reply(String number, String body) {
        String sid = Sids.next(Sids.TEXT);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MessageSid", sid);
        fields.put("AccountSid", Sids.ACCOUNT);
        fields.put("From", number);
        fields.put("To", settings.fromNumber());
        fields.put("Body", body);
        WebhookPoster.Reply reply = poster.post(WebhookPaths.forGateway(gateway, realm, WebhookPaths.TEXT_INBOUND, null), fields);
        long now = Time.currentTimeMillis();
        store.update(inbox -> inbox.with(number, PhoneEvent.textSent(sid, now, body, reply.describe("reply webhook")), now));
    }

    void answer(String number, String callId, PhoneCall call) {
        if (call.state() != PhoneCall.State.RINGING) {
            return;
        }
        Map<String, String> fields = callFields(number, callId);
        fields.put("CallStatus", "in-progress");
        WebhookPoster.Reply reply = poster.post(URI.create(call.scriptUrl()), fields);
        TwimlReader.Answer answer = readAnswer(reply);
        change(number, callId, reply.describe("call script"), c -> c.answered(answer.said(), answer.gatherUrl()));
        if (answer.gatherUrl() == null) {
            // Nothing to press: the call says its words and hangs up.
            end(number, callId, call, "completed", PhoneCall::ended);
        }
    }

    void pressKeys(String number, String callId, PhoneCall call, String typed) {
        if (call.state() != PhoneCall.State.TALKING || call.keysUrl() == null) {
            return;
        }
        String digits = Keypad.digitsBeforeHash(typed);
        Map<String, String> fields = callFields(number, callId);
        fields.put("Digits", digits);
        fields.put("FinishedOnKey", Keypad.finishingKey(typed));
        WebhookPoster.Reply reply = poster.post(URI.create(call.keysUrl()), fields);
        TwimlReader.Answer answer = readAnswer(reply);
        change(number, callId, reply.describe("keys"), c -> c.keysPressed(digits, answer.said()));
        end(number, callId, call, "completed", PhoneCall::ended);
    }

    /** Declined, or left ringing: Twilio reports both as no-answer. */
    void decline(String number, String callId, PhoneCall call) {
        if (call.state() == PhoneCall.State.RINGING) {
            end(number, callId, call, "no-answer", PhoneCall::missed);
        }
    }

    void hangUp(String number, String callId, PhoneCall call) {
        if (call.state() == PhoneCall.State.TALKING) {
            end(number, callId, call, "completed", PhoneCall::ended);
        }
    }

    private void end(String number, String callId, PhoneCall call, String status, UnaryOperator<PhoneCall> ending) {
        Map<String, String> fields = callFields(number, callId);
        fields.put("CallStatus", status);
        WebhookPoster.Reply reply = poster.post(URI.create(call.statusUrl()), fields);
        change(number, callId, reply.describe("status " + status), ending);
    }

    private void change(String number, String callId, String note, UnaryOperator<PhoneCall> change) {
        store.update(inbox -> inbox.updated(number, callId,
                event -> event.withCall(change).withNote(event.note() == null ? note : event.note() + " · " + note)));
    }

    private Map<String, String> callFields(String number, String callId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CallSid", callId);
        fields.put("AccountSid", Sids.ACCOUNT);
        fields.put("From", settings.fromNumber());
        fields.put("To", number);
        return fields;
    }

    private static TwimlReader.Answer readAnswer(WebhookPoster.Reply reply) {
        if (!reply.ok() || reply.body() == null || reply.body().isBlank()) {
            return new TwimlReader.Answer(List.of(), null);
        }
        try {
            return TwimlReader.read(reply.body());
        } catch (IllegalArgumentException e) {
            return new TwimlReader.Answer(List.of("(unreadable TwiML: " + e.getMessage() + ")"), null);
        }
    }
}
