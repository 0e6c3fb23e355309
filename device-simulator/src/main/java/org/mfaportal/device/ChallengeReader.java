package org.mfaportal.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a poll reply ({@code result.value}, spec §4) into push requests as the app's {@code
 * PushRequest.verifyMessageData} does: every challenge must carry its fields as strings with a
 * parseable url, or the whole reply is unusable.
 */
final class ChallengeReader {

    private static final List<String> REQUIRED =
            List.of("nonce", "url", "serial", "question", "title", "sslverify", "signature");

    /**
     * @param capabilities the §9 capabilities as the server announced them (a JSON string or an
     *     object), null when it announced none
     * @param capabilitiesSignature the server's signature over them with the nonce, or null
     */
    record Received(PushRequest request, JsonNode capabilities, String capabilitiesSignature) {}

    private ChallengeReader() {}

    /**
     * @throws IllegalArgumentException saying which challenge and field made the app discard the
     *     reply
     */
    static List<Received> read(String body) {
        JsonNode value =
                ServerReplies.parse(body)
                        .map(json -> json.path("result").path("value"))
                        .orElseThrow(
                                () -> new IllegalArgumentException("the poll reply is not JSON"));
        if (!value.isArray()) {
            throw new IllegalArgumentException("the poll reply has no list in result.value");
        }
        List<Received> requests = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            requests.add(challenge(i, value.get(i)));
        }
        return requests;
    }

    private static Received challenge(int index, JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("challenge " + index + " is not a JSON object");
        }
        for (String field : REQUIRED) {
            if (!json.path(field).isTextual()) {
                throw new IllegalArgumentException(
                        "challenge " + index + " has no string '" + field + "'");
            }
        }
        JsonNode presence = json.path("require_presence");
        if (!presence.isMissingNode() && !presence.isNull() && !presence.isTextual()) {
            throw new IllegalArgumentException(
                    "challenge " + index + " has a require_presence that is not a string");
        }
        // require_presence.split(','): "K,C,R" gives three buttons, in the server's order.
        List<String> options =
                presence.isTextual()
                        ? Arrays.asList(presence.textValue().split(",", -1))
                        : List.of();
        PushRequest request =
                new PushRequest(
                        text(json, "nonce"),
                        url(index, text(json, "url")),
                        text(json, "serial"),
                        text(json, "question"),
                        text(json, "title"),
                        text(json, "sslverify"),
                        options,
                        text(json, "signature"));
        JsonNode capabilities = json.get("capabilities");
        JsonNode signature = json.get("capabilities_signature");
        return new Received(
                request,
                capabilities == null || capabilities.isNull() ? null : capabilities,
                signature != null && signature.isTextual() ? signature.textValue() : null);
    }

    private static URI url(int index, String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "challenge " + index + " has a url that does not parse: " + text, e);
        }
    }

    private static String text(JsonNode json, String field) {
        return json.path(field).textValue();
    }
}
