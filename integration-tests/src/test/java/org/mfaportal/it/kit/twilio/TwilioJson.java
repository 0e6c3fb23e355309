package org.mfaportal.it.kit.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Twilio's JSON for the resources the fake creates, and for its errors, field by field as
 * api.twilio.com sends them.
 */
final class TwilioJson {

    static final String API_VERSION = "2010-04-01";

    /** RFC 2822, as Twilio writes dates (and as the SDK parses them). */
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    private static final ObjectMapper JSON = new ObjectMapper();

    private TwilioJson() {}

    static String message(String accountSid, SentText text) {
        String uri = "/" + API_VERSION + "/Accounts/" + accountSid + "/Messages/" + text.sid();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("api_version", API_VERSION);
        json.put("body", text.body());
        json.put("date_created", date(text.dateCreated()));
        json.put("date_sent", null);
        json.put("date_updated", date(text.dateCreated()));
        json.put("direction", "outbound-api");
        json.put("error_code", null);
        json.put("error_message", null);
        json.put("from", text.from());
        json.put("messaging_service_sid", text.messagingServiceSid());
        json.put("num_media", "0");
        json.put("num_segments", "1");
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", text.sid());
        // Twilio says "accepted" while a messaging service still has to pick the sender.
        json.put("status", text.from() == null ? "accepted" : "queued");
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("to", text.to());
        json.put("uri", uri + ".json");
        return write(json);
    }

    static String call(String accountSid, PlacedCall call) {
        return call(accountSid, call, "queued");
    }

    /**
     * The call resource with its status now (e.g. after an update: "canceled", "completed",
     * "in-progress").
     */
    static String call(String accountSid, PlacedCall call, String status) {
        String uri = "/" + API_VERSION + "/Accounts/" + accountSid + "/Calls/" + call.sid();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("annotation", null);
        json.put("answered_by", null);
        json.put("api_version", API_VERSION);
        json.put("caller_name", null);
        json.put("date_created", date(call.dateCreated()));
        json.put("date_updated", date(call.dateCreated()));
        json.put("direction", "outbound-api");
        json.put("duration", null);
        json.put("end_time", null);
        json.put("forwarded_from", null);
        json.put("from", call.from());
        json.put("from_formatted", call.from());
        json.put("group_sid", null);
        json.put("parent_call_sid", null);
        json.put("phone_number_sid", null);
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("queue_time", "0");
        json.put("sid", call.sid());
        json.put("start_time", null);
        json.put("status", status);
        json.put(
                "subresource_uris",
                Map.of(
                        "notifications",
                        uri + "/Notifications.json",
                        "recordings",
                        uri + "/Recordings.json",
                        "events",
                        uri + "/Events.json"));
        json.put("to", call.to());
        json.put("to_formatted", call.to());
        json.put("trunk_sid", null);
        json.put("uri", uri + ".json");
        return write(json);
    }

    /** Twilio's error body: {"code", "message", "more_info", "status"}. */
    static String error(int httpStatus, int code, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("message", message);
        json.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        json.put("status", httpStatus);
        return write(json);
    }

    private static String date(ZonedDateTime when) {
        return RFC_2822.format(when);
    }

    private static String write(Map<String, Object> json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
