package org.mfaportal.it.kit.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of api.twilio.com the gateway uses: create a message, create a call, update a call's
 * status (hang it up). Answers as Twilio does: 201 and the resource, or Twilio's error JSON (401
 * code 20003 for wrong credentials, 400 with the number's error code for a number the test made
 * unreachable).
 */
final class RestApi implements HttpHandler {

    private static final Pattern RESOURCE =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/(Messages|Calls)\\.json");
    private static final Pattern CALL =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/Calls/([^/]+)\\.json");

    record Refusal(int code, String message) {}

    private final TwilioAccount account;
    private final Ledger ledger;
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();

    /** The far end, told when the API hangs a call up. */
    private final Handset handset;

    RestApi(TwilioAccount account, Ledger ledger, Handset handset) {
        this.account = account;
        this.ledger = ledger;
        this.handset = handset;
    }

    void refuse(String number, int code, String message) {
        refusals.put(number, new Refusal(code, message));
    }

    void accept(String number) {
        refusals.remove(number);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body =
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer =
                    answer(
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            Form.parse(body));
            byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if (answer.status() == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Twilio API\"");
            }
            exchange.sendResponseHeaders(answer.status(), json.length);
            exchange.getResponseBody().write(json);
        }
    }

    private record Answer(int status, String json) {

        static Answer error(int status, int code, String message) {
            return new Answer(status, TwilioJson.error(status, code, message));
        }
    }

    private Answer answer(
            String method, String path, String authorization, Map<String, List<String>> form) {
        Matcher update = CALL.matcher(path);
        if ("POST".equals(method) && update.matches()) {
            if (!isAccount(authorization) || !account.accountSid().equals(update.group(1))) {
                return Answer.error(401, 20003, "Authenticate");
            }
            return updateCall(update.group(2), first(form, "Status"));
        }
        Matcher resource = RESOURCE.matcher(path);
        if (!"POST".equals(method) || !resource.matches()) {
            return Answer.error(404, 20404, "The requested resource " + path + " was not found");
        }
        if (!isAccount(authorization) || !account.accountSid().equals(resource.group(1))) {
            return Answer.error(401, 20003, "Authenticate");
        }
        String to = first(form, "To");
        Refusal refusal = to == null ? null : refusals.get(to);
        if (refusal != null) {
            return Answer.error(400, refusal.code(), refusal.message());
        }
        return resource.group(2).equals("Messages")
                ? createMessage(to, form)
                : createCall(to, form);
    }

    private Answer createMessage(String to, Map<String, List<String>> form) {
        String from = first(form, "From");
        String service = first(form, "MessagingServiceSid");
        String body = first(form, "Body");
        if (to == null) {
            return Answer.error(400, 21604, "A 'To' phone number is required.");
        }
        if (from == null && service == null) {
            return Answer.error(400, 21603, "A 'From' phone number is required.");
        }
        if (body == null || body.isEmpty()) {
            return Answer.error(400, 21602, "Message body is required.");
        }
        String callback = first(form, "StatusCallback");
        SentText text =
                new SentText(
                        TwilioAccount.Sids.next("SM"),
                        to,
                        from,
                        service,
                        body,
                        callback == null ? null : URI.create(callback),
                        now());
        ledger.record(text);
        return new Answer(201, TwilioJson.message(account.accountSid(), text));
    }

    private Answer createCall(String to, Map<String, List<String>> form) {
        String from = first(form, "From");
        String url = first(form, "Url");
        String twiml = first(form, "Twiml");
        if (to == null) {
            return Answer.error(400, 21201, "No 'To' number is specified");
        }
        if (from == null) {
            return Answer.error(400, 21213, "No 'From' number is specified");
        }
        if (url == null && twiml == null) {
            return Answer.error(400, 21205, "Url parameter is required");
        }
        String timeout = first(form, "Timeout");
        String statusCallback = first(form, "StatusCallback");
        PlacedCall call =
                new PlacedCall(
                        TwilioAccount.Sids.next("CA"),
                        to,
                        from,
                        twiml,
                        url == null ? null : URI.create(url),
                        orDefault(first(form, "Method"), "POST"),
                        statusCallback == null ? null : URI.create(statusCallback),
                        orDefault(first(form, "StatusCallbackMethod"), "POST"),
                        form.getOrDefault("StatusCallbackEvent", List.of()),
                        timeout == null ? null : Integer.valueOf(timeout),
                        now());
        ledger.record(call);
        return new Answer(201, TwilioJson.call(account.accountSid(), call));
    }

    /**
     * Status "canceled" hangs up a queued or ringing call and leaves one in progress alone;
     * "completed" hangs up one in progress. Twilio then posts the call's end to its status
     * callback.
     */
    private Answer updateCall(String sid, String status) {
        PlacedCall call = ledger.call(sid).orElse(null);
        if (call == null) {
            return Answer.error(
                    404, 20404, "The requested resource /Calls/" + sid + ".json was not found");
        }
        if (!"canceled".equals(status) && !"completed".equals(status)) {
            return Answer.error(400, 21218, "Invalid Status value: " + status);
        }
        String now = handset.hangUp(call, status);
        ledger.record(new CallUpdate(sid, status, now));
        return new Answer(200, TwilioJson.call(account.accountSid(), call, now));
    }

    private boolean isAccount(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String expected = account.accountSid() + ":" + account.authToken();
        try {
            return expected.equals(
                    new String(
                            Base64.getDecoder().decode(authorization.substring(6).trim()),
                            StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
