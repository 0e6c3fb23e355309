package org.mfaportal.it.kit.twilio;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The far end of the fake's calls and texts: a person who answers, presses keys, lets it ring, or
 * replies to a text. Each action is the webhook Twilio would post for it, signed.
 */
final class Handset {

    private final TwilioAccount account;
    private final Ledger ledger;
    private final Webhooks webhooks;
    private final URI inboundTexts;

    /** What each answered call said last, so that the keys go to its Gather. */
    private final Map<String, CallScript> answered = new ConcurrentHashMap<>();

    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> lateCallbacks = new ConcurrentHashMap<>();

    Handset(TwilioAccount account, Ledger ledger, Webhooks webhooks, URI inboundTexts) {
        this.account = account;
        this.ledger = ledger;
        this.webhooks = webhooks;
        this.inboundTexts = inboundTexts;
    }

    /**
     * Picks up: a call placed with its TwiML plays it and asks nobody; one placed with a Url gets
     * its TwiML from there.
     */
    CallScript answer(String callSid) {
        PlacedCall call = live(callSid);
        CallScript script = call.twiml() != null ? CallScript.parse(call.twiml()) : fetched(call);
        answered.put(callSid, script);
        return script;
    }

    private CallScript fetched(PlacedCall call) {
        if (!"POST".equals(call.method())) {
            throw new AssertionError(
                    "The fake plays only POST call webhooks; the call asked for " + call.method());
        }
        return webhooks.postSigned(call.url(), callFields(call, "in-progress"))
                .requireStatus(200)
                .twiml();
    }

    /**
     * Where a Gather posts the keys: its action, relative to the script's URL (a script sent with
     * the call has none, so its action must be absolute), or that URL itself.
     */
    private static URI keysUrl(PlacedCall call, CallScript.Gather gather) {
        if (gather.action() == null) {
            return call.url();
        }
        return call.url() == null
                ? URI.create(gather.action())
                : call.url().resolve(gather.action());
    }

    /**
     * Keys as a person types them: Twilio stops at the Gather's finishOnKey (#) and posts what came
     * before it. Then the person hangs up, and Twilio reports the call completed.
     */
    CallScript press(String callSid, String keys) {
        PlacedCall call = live(callSid);
        CallScript greeting = answered.get(callSid);
        if (greeting == null || !greeting.gathersKeys()) {
            throw new AssertionError(
                    "Call "
                            + callSid
                            + " was not answered, or its script gathers no keys: "
                            + greeting);
        }
        CallScript.Gather gather = greeting.gather();
        int finish = keys.indexOf(gather.finishOnKey());
        Map<String, String> fields = callFields(call, "in-progress");
        fields.put("Digits", finish < 0 ? keys : keys.substring(0, finish));
        if (finish >= 0) {
            fields.put("FinishedOnKey", gather.finishOnKey());
        }
        URI action = keysUrl(call, gather);
        CallScript after = webhooks.postSigned(action, fields).requireStatus(200).twiml();
        end(call, "completed");
        return after;
    }

    /**
     * Nobody presses # before the Gather's timeout (a silent line, or a voicemail greeting that
     * records): Twilio posts the action anyway (actionOnEmptyResult) with whatever keys came, and
     * an empty FinishedOnKey. Then the call ends.
     */
    CallScript keypadTimesOut(String callSid, String keysWithoutFinishing) {
        PlacedCall call = live(callSid);
        CallScript greeting = answered.get(callSid);
        if (greeting == null || !greeting.gathersKeys()) {
            throw new AssertionError(
                    "Call "
                            + callSid
                            + " was not answered, or its script gathers no keys: "
                            + greeting);
        }
        Map<String, String> fields = callFields(call, "in-progress");
        fields.put("Digits", keysWithoutFinishing);
        fields.put("FinishedOnKey", "");
        URI action = keysUrl(call, greeting.gather());
        CallScript after = webhooks.postSigned(action, fields).requireStatus(200).twiml();
        end(call, "completed");
        return after;
    }

    int ringOut(String callSid) {
        return end(live(callSid), "no-answer");
    }

    int busy(String callSid) {
        return end(live(callSid), "busy");
    }

    int hangUpAfterAnswer(String callSid) {
        PlacedCall call = live(callSid);
        if (!answered.containsKey(callSid)) {
            throw new AssertionError("Call " + callSid + " was not answered: answer it first");
        }
        return end(call, "completed");
    }

    /**
     * The API hung the call up ({@code requested}: "canceled" or "completed"): what Twilio would
     * make of it, the call's status afterwards. A call already over, or "canceled" for one in
     * progress, changes nothing; otherwise the status callback gets the end, as Twilio posts it.
     */
    String hangUp(PlacedCall call, String requested) {
        boolean inProgress = answered.containsKey(call.sid());
        if (ended.contains(call.sid())) {
            return "completed";
        }
        if (inProgress && "canceled".equals(requested)) {
            return "in-progress";
        }
        String status = inProgress ? "completed" : "canceled";
        lateCallbacks.put(call.sid(), end(call, status));
        return status;
    }

    /** Keycloak's HTTP status for the status callback that followed a hang-up by the API. */
    Integer callbackAfterHangUp(String callSid) {
        return lateCallbacks.get(callSid);
    }

    int replyText(String from, String body) {
        return webhooks.postSigned(inboundTexts, inboundText(from, body)).status();
    }

    int reportDelivery(SentText text, String status, Integer errorCode) {
        if (text.statusCallback() == null) {
            throw new AssertionError(
                    "The text " + text.sid() + " was sent without a StatusCallback");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AccountSid", account.accountSid());
        fields.put("ApiVersion", TwilioJson.API_VERSION);
        fields.put("From", account.number());
        fields.put("To", text.to());
        fields.put("MessageSid", text.sid());
        fields.put("SmsSid", text.sid());
        fields.put("MessageStatus", status);
        fields.put("SmsStatus", status);
        if (errorCode != null) {
            fields.put("ErrorCode", errorCode.toString());
        }
        return webhooks.postSigned(text.statusCallback(), fields).status();
    }

    /** The fields of an inbound text as Twilio posts them, with a fresh message SID. */
    Map<String, String> inboundText(String from, String body) {
        String sid = TwilioAccount.Sids.next("SM");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToCountry", "US");
        fields.put("SmsMessageSid", sid);
        fields.put("NumMedia", "0");
        fields.put("SmsSid", sid);
        fields.put("SmsStatus", "received");
        fields.put("Body", body);
        fields.put("To", account.number());
        fields.put("NumSegments", "1");
        fields.put("MessageSid", sid);
        fields.put("AccountSid", account.accountSid());
        fields.put("From", from);
        fields.put("ApiVersion", TwilioJson.API_VERSION);
        return fields;
    }

    /** The fields every call webhook carries (outbound call: From is the account's number). */
    Map<String, String> callFields(String callSid, String from, String to, String callStatus) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AccountSid", account.accountSid());
        fields.put("ApiVersion", TwilioJson.API_VERSION);
        fields.put("CallSid", callSid);
        fields.put("CallStatus", callStatus);
        fields.put("Called", to);
        fields.put("Caller", from);
        fields.put("Direction", "outbound-api");
        fields.put("From", from);
        fields.put("To", to);
        return fields;
    }

    private Map<String, String> callFields(PlacedCall call, String callStatus) {
        return callFields(call.sid(), call.from(), call.to(), callStatus);
    }

    /**
     * The call's final status to its status callback (Twilio always reports the end); Keycloak's
     * HTTP status.
     */
    private int end(PlacedCall call, String finalStatus) {
        ended.add(call.sid());
        if (call.statusCallback() == null) {
            return 0;
        }
        if (!"POST".equals(call.statusCallbackMethod())) {
            throw new AssertionError(
                    "The fake plays only POST status callbacks; the call asked for "
                            + call.statusCallbackMethod());
        }
        Map<String, String> fields = callFields(call, finalStatus);
        fields.put("CallDuration", "completed".equals(finalStatus) ? "12" : "0");
        fields.put("CallbackSource", "call-progress-events");
        fields.put("SequenceNumber", "0");
        return webhooks.postSigned(call.statusCallback(), fields).status();
    }

    /**
     * A '#' that reaches Keycloak after the call was hung up (a webhook in flight, or a replay of
     * what the person typed): posted to the greeting's Gather as Twilio would have; Keycloak's HTTP
     * status.
     */
    int pressAfterHangUp(String callSid, String keys) {
        PlacedCall call =
                ledger.call(callSid)
                        .orElseThrow(
                                () -> new AssertionError("The fake placed no call " + callSid));
        CallScript greeting = answered.get(callSid);
        if (greeting == null || !greeting.gathersKeys()) {
            throw new AssertionError(
                    "Call "
                            + callSid
                            + " was not answered, or its script gathers no keys: "
                            + greeting);
        }
        CallScript.Gather gather = greeting.gather();
        int finish = keys.indexOf(gather.finishOnKey());
        Map<String, String> fields = callFields(call, "in-progress");
        fields.put("Digits", finish < 0 ? keys : keys.substring(0, finish));
        if (finish >= 0) {
            fields.put("FinishedOnKey", gather.finishOnKey());
        }
        URI action = keysUrl(call, gather);
        return webhooks.postSigned(action, fields).status();
    }

    private PlacedCall live(String callSid) {
        PlacedCall call =
                ledger.call(callSid)
                        .orElseThrow(
                                () -> new AssertionError("The fake placed no call " + callSid));
        if (ended.contains(callSid)) {
            throw new AssertionError("Call " + callSid + " has already ended");
        }
        return call;
    }
}
