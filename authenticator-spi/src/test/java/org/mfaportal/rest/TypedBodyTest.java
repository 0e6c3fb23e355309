package org.mfaportal.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mfaportal.bypass.BypassRequest;

/**
 * A request record reads a body exactly as the map the resources read before: same value, same
 * refusal.
 */
class TypedBodyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"seconds\": 600}",
                "{\"seconds\": \"600\"}",
                "{\"seconds\": 3.5}",
                "{\"seconds\": 99999999999}",
                "{\"seconds\": null}",
                "{}",
                "{\"seconds\": [1]}",
                "{\"seconds\": {\"a\": 1}}",
                "{\"seconds\": 1, \"other\": true}",
                "{\"seconds\": true}",
                "\"600\"",
                "600",
                "[1]",
                "null",
                "{\"seconds\": 1, \"seconds\": 2}",
                "{\"seconds\": 1} x"
            })
    void aRecordSeesWhatTheMapSaw(String body) {
        Object fromMap;
        try {
            fromMap = JsonBody.object(body.getBytes(UTF_8)).get("seconds");
        } catch (JsonBody.InvalidJsonException e) {
            fromMap = e.getMessage();
        }
        Object fromRecord;
        try {
            fromRecord = JsonBody.object(body.getBytes(UTF_8), BypassRequest.class).seconds();
        } catch (JsonBody.InvalidJsonException e) {
            fromRecord = e.getMessage();
        }
        assertThat(fromRecord).isEqualTo(fromMap);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"seconds\": 600}", "{}", "{\"seconds\": 2147483647}"})
    void wholeSecondsAreWellTyped(String body) throws Exception {
        assertThat(JsonBody.object(body.getBytes(UTF_8), BypassRequest.class).wellTyped()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"seconds\": \"600\"}",
                "{\"seconds\": 3.5}",
                "{\"seconds\": 2147483648}",
                "{\"seconds\": true}"
            })
    void otherSecondsAreNot(String body) throws Exception {
        assertThat(JsonBody.object(body.getBytes(UTF_8), BypassRequest.class).wellTyped())
                .isFalse();
    }
}
