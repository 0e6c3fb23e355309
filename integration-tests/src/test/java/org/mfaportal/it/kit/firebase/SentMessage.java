package org.mfaportal.it.kit.firebase;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One message FCM accepted (or refused), as the provider sent it to messages:send. */
public record SentMessage(String projectId, JsonNode message) {

    public String registrationToken() {
        return message.path("token").asText();
    }

    /** The data fields, as the app's handler receives them. */
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        message.path("data")
                .fields()
                .forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    /** The data as JSON text, as the device simulator reads a pushed request. */
    public String dataJson() {
        return message.path("data").toString();
    }

    public JsonNode android() {
        return message.path("android");
    }

    public JsonNode apns() {
        return message.path("apns");
    }
}
