package org.mfaportal.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonBodyTest {

    @Test
    void oneObjectIsRead() throws Exception {
        assertThat(JsonBody.object(" {\"seconds\": 600}\n".getBytes(UTF_8)))
                .isEqualTo(Map.of("seconds", 600));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"a\": 1} x|something follows the JSON value (line 1, column 9)",
                "{\"a\": 1}{\"a\": 2}|something follows the JSON value",
                "{\"a\": 1, \"a\": 2}|Duplicate field 'a'",
                "[1, 2]|the body is not a JSON value of the expected shape",
                "null|the body must be a JSON object",
                "{\"a\": |the body is not well-formed JSON"
            })
    void anythingButOneObjectIsRefused(String body, String reason) {
        assertThatThrownBy(() -> JsonBody.object(body.getBytes(UTF_8)))
                .hasMessageStartingWith(reason);
    }

    @Test
    void aByteOrderMarkIsRefused() {
        assertThatThrownBy(() -> JsonBody.object("\uFEFF{\"a\": 1}".getBytes(UTF_8)))
                .hasMessage("the body starts with a byte-order mark; send plain UTF-8 JSON");
    }

    @Test
    void anEmptyOrNonUtf8BodyIsRefused() {
        assertThatThrownBy(() -> JsonBody.object(new byte[0]))
                .hasMessage("the body is empty; it must be one JSON value");
        assertThatThrownBy(
                        () ->
                                JsonBody.object(
                                        new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'}))
                .hasMessage("the body is not UTF-8");
    }
}
