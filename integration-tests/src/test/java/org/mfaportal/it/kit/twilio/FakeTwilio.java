package org.mfaportal.it.kit.twilio;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Twilio stand-in on 127.0.0.1 for the integration tests. The gateway's SDK talks to it as to
 * api.twilio.com (texts and calls are recorded, credentials checked, unreachable numbers refused),
 * and it plays the phone: answering, pressing keys and replying post signed webhooks to Keycloak.
 */
public final class FakeTwilio implements AutoCloseable {

    /** Long enough for a send that happens on another thread; no test should wait this long. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private final TwilioAccount account;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Ledger ledger;
    private final RestApi api;
    private final Webhooks webhooks;
    private final Handset handset;

    private FakeTwilio(
            TwilioAccount account, URI inboundTexts, HttpServer server, ExecutorService threads) {
        this.account = account;
        this.server = server;
        this.threads = threads;
        this.ledger = new Ledger();
        this.webhooks = new Webhooks(account.authToken());
        this.handset = new Handset(account, ledger, webhooks, inboundTexts);
        this.api = new RestApi(account, ledger, handset);
        server.createContext("/", api);
    }

    /**
     * Listens on a free port of 127.0.0.1; inbound texts will be posted to {@code inboundTexts}.
     */
    public static FakeTwilio start(TwilioAccount account, URI inboundTexts) {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            ExecutorService threads =
                    Executors.newFixedThreadPool(
                            4,
                            task -> {
                                Thread thread = new Thread(task, "fake-twilio");
                                thread.setDaemon(true);
                                return thread;
                            });
            server.setExecutor(threads);
            FakeTwilio fake = new FakeTwilio(account, inboundTexts, server, threads);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("The fake Twilio could not listen on 127.0.0.1", e);
        }
    }

    public TwilioAccount account() {
        return account;
    }

    /** What the gateway's api-base-url must be. */
    public URI apiBaseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- the REST side: what the gateway sent ----

    /**
     * From now on, texts and calls to this number fail with Twilio's error {@code code} (HTTP 400).
     */
    public void refuse(String number, int code, String message) {
        api.refuse(number, code, message);
    }

    /** Lifts {@link #refuse}. */
    public void accept(String number) {
        api.accept(number);
    }

    public List<SentText> texts() {
        return ledger.texts();
    }

    public List<PlacedCall> calls() {
        return ledger.calls();
    }

    /** Every text sent to this number, oldest first. */
    public List<SentText> textsTo(String number) {
        return texts().stream().filter(text -> text.to().equals(number)).toList();
    }

    /** The newest text to this number; fails if there is none. */
    public SentText lastTextTo(String number) {
        return awaitTextTo(number, Duration.ZERO);
    }

    /** The newest text to this number, waiting up to {@code patience} for one. */
    public SentText awaitTextTo(String number, Duration patience) {
        return ledger.awaitText(text -> text.to().equals(number), patience, "to " + number);
    }

    public PlacedCall lastCallTo(String number) {
        return awaitCallTo(number, Duration.ZERO);
    }

    public PlacedCall awaitCallTo(String number, Duration patience) {
        return ledger.awaitCall(call -> call.to().equals(number), patience, "to " + number);
    }

    /** Every call update (hang-up) the gateway sent, oldest first. */
    public List<CallUpdate> callUpdates() {
        return ledger.updates();
    }

    /** The gateway's hang-up of this call, waiting up to {@code patience} for it. */
    public CallUpdate awaitHangUp(String callSid, Duration patience) {
        return ledger.awaitUpdate(
                update -> update.sid().equals(callSid), patience, "of " + callSid);
    }

    /**
     * Keycloak's HTTP status for the status callback the fake posted after hanging the call up
     * (null: none).
     */
    public Integer statusCallbackAfterHangUp(String callSid) {
        return handset.callbackAfterHangUp(callSid);
    }

    // ---- the phone side: signed webhooks to Keycloak ----

    /**
     * Picks up: the script the call was placed with (what it says, where the keys go); Keycloak is
     * not asked, as Twilio does not ask for TwiML sent with the call.
     */
    public CallScript answer(String callSid) {
        return handset.answer(callSid);
    }

    /** Types keys, e.g. "#" or "1234#"; returns what the call says next, then hangs up. */
    public CallScript press(String callSid, String keys) {
        return handset.press(callSid, keys);
    }

    /**
     * Keys that reach Keycloak after the call was hung up (a late or replayed webhook); Keycloak's
     * HTTP status.
     */
    public int pressAfterHangUp(String callSid, String keys) {
        return handset.pressAfterHangUp(callSid, keys);
    }

    /**
     * Answered, then silence (or voicemail) until the keypad times out; returns what the call says
     * next.
     */
    public CallScript leaveSilent(String callSid) {
        return handset.keypadTimesOut(callSid, "");
    }

    /** Keys typed but never finished with #, until the keypad times out. */
    public CallScript typeWithoutPound(String callSid, String keys) {
        return handset.keypadTimesOut(callSid, keys);
    }

    /**
     * Lets it ring until Twilio gives up (no-answer); returns Keycloak's HTTP status for the status
     * callback.
     */
    public int ringOut(String callSid) {
        return handset.ringOut(callSid);
    }

    public int busy(String callSid) {
        return handset.busy(callSid);
    }

    /** Hangs up an answered call without pressing anything. */
    public int hangUpAfterAnswer(String callSid) {
        return handset.hangUpAfterAnswer(callSid);
    }

    /**
     * The carrier's word on a sent text, to its status callback as Twilio posts it: "delivered", or
     * "undelivered"/"failed" with an error code (e.g. 30003 unreachable, 30006 landline).
     * Keycloak's HTTP status.
     */
    public int reportDelivery(SentText text, String status, Integer errorCode) {
        return handset.reportDelivery(text, status, errorCode);
    }

    /** Texts the account's number from {@code fromNumber}; returns Keycloak's HTTP status. */
    public int replyText(String fromNumber, String body) {
        return handset.replyText(fromNumber, body);
    }

    // ---- raw material for security tests ----

    /** Signed, unsigned, wrongly signed and replayed webhooks. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** An inbound text's fields as Twilio posts them (a fresh MessageSid each time). */
    public Map<String, String> inboundText(String fromNumber, String body) {
        return handset.inboundText(fromNumber, body);
    }

    /** A call webhook's fields for an outbound call from the account's number. */
    public Map<String, String> callFields(String callSid, String toNumber, String callStatus) {
        return handset.callFields(callSid, account.number(), toNumber, callStatus);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
