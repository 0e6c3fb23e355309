package org.mfaportal.push.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * privacyIDEA's JSON envelope ({@code prepare_result} / {@code send_error}): the app requires
 * {@code result.status} to be a JSON boolean and shows {@code result.error.message} to the user.
 */
public final class PiJson {

    public static final String VERSION = "privacyIDEA 3.14";

    /** privacyIDEA's error ids: plain error, parameter error, policy error, resource not found. */
    public static final int ERR_GENERIC = 10;

    public static final int ERR_POLICY = 303;
    public static final int ERR_NOT_FOUND = 601;
    public static final int ERR_PARAMETER = 905;

    private PiJson() {}

    public static Map<String, Object> result(Object value, Map<String, Object> detail) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", true);
        result.put("value", value);
        Map<String, Object> json = envelope(result);
        if (detail != null) {
            json.put("detail", detail);
        }
        return json;
    }

    public static Map<String, Object> error(int code, String message) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", false);
        result.put("error", Map.of("code", code, "message", message));
        Map<String, Object> json = envelope(result);
        json.put("detail", null);
        return json;
    }

    private static Map<String, Object> envelope(Map<String, Object> result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jsonrpc", "2.0");
        json.put("result", result);
        json.put("version", VERSION);
        json.put("versionnumber", "3.14");
        json.put("id", 1);
        json.put("time", System.currentTimeMillis() / 1000.0);
        return json;
    }
}
