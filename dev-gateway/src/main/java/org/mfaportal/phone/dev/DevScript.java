package org.mfaportal.phone.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.keycloak.util.JsonSerialization;
import org.mfaportal.phone.gateway.CallScript;

/**
 * A call script as the virtual phone receives it: the greeting with the call, the last words in
 * reply to its keys webhook (plain JSON, read back as the same fields). {@code keysUrl} is null
 * when the call asks for no keys.
 */
record DevScript(String say, String keysUrl, String sayIfNoKeys) {

    static final String MEDIA_TYPE = "application/json";

    static DevScript of(CallScript script) {
        return new DevScript(
                script.say(),
                script.keypad() == null ? null : script.keypad().keysUrl().toString(),
                script.sayIfNoKeys());
    }

    static String render(CallScript script) {
        try {
            return JsonSerialization.writeValueAsString(of(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DevScript read(String json) {
        try {
            return JsonSerialization.readValue(json, DevScript.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a call script: " + e.getMessage(), e);
        }
    }
}
