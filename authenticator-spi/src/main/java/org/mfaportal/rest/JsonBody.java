package org.mfaportal.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads the JSON body of every portal REST call, strictly: exactly one JSON value in UTF-8, nothing
 * after it, no byte-order mark, no key twice. The framework's reader would skip a BOM, ignore
 * trailing garbage and keep the last of two equal keys, so a body that is not what its sender meant
 * would be "repaired" and acted on (issue 11.7). Resources take the raw bytes and call {@link
 * #read}.
 */
public final class JsonBody {

    /** Configured once and never changed (an ObjectMapper is thread-safe once configured). */
    private static final ObjectMapper STRICT =
            JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private JsonBody() {}

    /**
     * A body that is not one well-formed JSON value; the message says why (never the body itself).
     */
    public static final class InvalidJsonException extends Exception {
        InvalidJsonException(String message) {
            super(message);
        }
    }

    public static <T> T read(byte[] body, Class<T> type) throws InvalidJsonException {
        if (body == null || body.length == 0) {
            throw new InvalidJsonException("the body is empty; it must be one JSON value");
        }
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidJsonException("the body is not UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            throw new InvalidJsonException(
                    "the body starts with a byte-order mark; send plain UTF-8 JSON");
        }
        try (JsonParser parser = STRICT.createParser(text)) {
            T value;
            try {
                value = STRICT.readValue(parser, type);
            } catch (JsonProcessingException e) {
                throw new InvalidJsonException(reason(e));
            }
            JsonLocation end = parser.currentLocation();
            if (nextToken(parser)) {
                throw new InvalidJsonException(
                        "something follows the JSON value (line "
                                + end.getLineNr()
                                + ", column "
                                + end.getColumnNr()
                                + "); the body must be exactly one JSON value");
            }
            return value;
        } catch (java.io.IOException e) {
            throw new InvalidJsonException("the body is not well-formed JSON");
        }
    }

    /** Whether anything but whitespace follows (a token, or text that is not one). */
    private static boolean nextToken(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** Where and what, never quoting the body: an import's body holds token secrets. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String where =
                e.getLocation() == null
                        ? ""
                        : " (line "
                                + e.getLocation().getLineNr()
                                + ", column "
                                + e.getLocation().getColumnNr()
                                + ")";
        if (message.startsWith("Duplicate field")) {
            return message + where;
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'" + where;
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return "the body is not a JSON value of the expected shape" + where;
        }
        return "the body is not well-formed JSON" + where;
    }

    /** A body that must be one JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(byte[] body) throws InvalidJsonException {
        Map<String, Object> object = read(body, Map.class);
        if (object == null) {
            throw new InvalidJsonException("the body must be a JSON object");
        }
        return object;
    }

    /**
     * A body that must be one JSON object, read into a request record. The records keep each field
     * as the JSON value sent (Object), so a resource checks it and quotes it in its refusal as
     * before.
     */
    public static <T> T object(byte[] body, Class<T> type) throws InvalidJsonException {
        T object = read(body, type);
        if (object == null) {
            throw new InvalidJsonException("the body must be a JSON object");
        }
        return object;
    }

    /** The 400 every resource answers for such a body. */
    public static Response refused(InvalidJsonException e) {
        return JsonError.badRequest("invalid_json", e.getMessage());
    }
}
