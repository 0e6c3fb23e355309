package org.mfaportal.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Reads the privacyIDEA-shaped JSON replies: {@code
 * {"result":{"status":..,"value":..,"error":{..}},"detail":{..}}}.
 */
final class ServerReplies {

    static final ObjectMapper JSON = new ObjectMapper();

    private ServerReplies() {}

    static Optional<JsonNode> parse(String body) {
        try {
            return Optional.ofNullable(JSON.readTree(body == null ? "" : body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static boolean resultValueIsTrue(String body) {
        return parse(body)
                .map(json -> json.path("result").path("value"))
                .filter(JsonNode::isBoolean)
                .map(JsonNode::booleanValue)
                .orElse(false);
    }

    /** The text the app would show: {@code result.error.message}. */
    static Optional<String> errorMessage(String body) {
        return parse(body)
                .map(json -> json.path("result").path("error").path("message"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::textValue);
    }
}
