package org.mfaportal.phone.dev;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.mfaportal.phone.gateway.WebhookEvent.CallStatus.Stage;
import org.mfaportal.phone.webhook.WebhookPaths;

/**
 * What a person does with a virtual phone, turned into the dev gateway's webhooks: a text reply,
 * answering a call, pressing keys, declining or hanging up. The webhooks take the same code path as
 * a real gateway's; how each answered is noted on the event for the developer.
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
        fields.put(DevFields.MESSAGE_ID, sid);
        fields.put(DevFields.FROM, number);
        fields.put(DevFields.TO, settings.fromNumber());
        fields.put(DevFields.BODY, body);
        WebhookPoster.Reply reply =
                poster.post(
                        WebhookPaths.forGateway(gateway, realm, WebhookPaths.TEXT_INBOUND, null),
                        fields);
        long now = Time.currentTimeMillis();
        store.update(
                inbox ->
                        inbox.with(
                                number,
                                PhoneEvent.textSent(
                                        sid, now, body, reply.describe("reply webhook")),
                                now));
    }

    void answer(String number, String callId, PhoneCall call) {
        if (call.state() != PhoneCall.State.RINGING) {
            return;
        }
        // The greeting came with the call, as with a real gateway: answering asks the server
        // nothing.
        DevScript script = call.greeting();
        change(number, callId, "answered", c -> c.answered(said(script), script.keysUrl()));
        if (script.keysUrl() == null) {
            // Nothing to press: the call says its words and hangs up.
            end(number, callId, call, Stage.COMPLETED, PhoneCall::ended);
        }
    }

    void pressKeys(String number, String callId, PhoneCall call, String typed) {
        if (call.state() != PhoneCall.State.TALKING || call.keysUrl() == null) {
            return;
        }
        String digits = Keypad.digitsBeforeHash(typed);
        Map<String, String> fields = callFields(number, callId);
        fields.put(DevFields.KEYS, digits);
        fields.put(DevFields.FINISHED, Boolean.toString(Keypad.finished(typed)));
        WebhookPoster.Reply reply = poster.post(URI.create(call.keysUrl()), fields);
        DevScript script = readScript(reply);
        change(number, callId, reply.describe("keys"), c -> c.keysPressed(digits, said(script)));
        end(number, callId, call, Stage.COMPLETED, PhoneCall::ended);
    }

    /** Declined, or left ringing: a real gateway reports both as no answer. */
    void decline(String number, String callId, PhoneCall call) {
        if (call.state() == PhoneCall.State.RINGING) {
            end(number, callId, call, Stage.NO_ANSWER, PhoneCall::missed);
        }
    }

    void hangUp(String number, String callId, PhoneCall call) {
        if (call.state() == PhoneCall.State.TALKING) {
            end(number, callId, call, Stage.COMPLETED, PhoneCall::ended);
        }
    }

    private void end(
            String number,
            String callId,
            PhoneCall call,
            Stage stage,
            UnaryOperator<PhoneCall> ending) {
        Map<String, String> fields = callFields(number, callId);
        fields.put(DevFields.STAGE, stage.name());
        WebhookPoster.Reply reply = poster.post(URI.create(call.statusUrl()), fields);
        change(
                number,
                callId,
                reply.describe("status " + stage.name().toLowerCase().replace('_', '-')),
                ending);
    }

    private void change(
            String number, String callId, String note, UnaryOperator<PhoneCall> change) {
        store.update(
                inbox ->
                        inbox.updated(
                                number,
                                callId,
                                event ->
                                        event.withCall(change)
                                                .withNote(
                                                        event.note() == null
                                                                ? note
                                                                : event.note() + " · " + note)));
    }

    private Map<String, String> callFields(String number, String callId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(DevFields.CALL_ID, callId);
        fields.put(DevFields.FROM, settings.fromNumber());
        fields.put(DevFields.TO, number);
        return fields;
    }

    private static DevScript readScript(WebhookPoster.Reply reply) {
        if (!reply.ok() || reply.body() == null || reply.body().isBlank()) {
            return new DevScript(null, null, null);
        }
        try {
            return DevScript.read(reply.body());
        } catch (IllegalArgumentException e) {
            return new DevScript("(unreadable call script: " + e.getMessage() + ")", null, null);
        }
    }

    private static List<String> said(DevScript script) {
        return script.say() == null ? List.of() : List.of(script.say());
    }
}
