package org.mfaportal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** The refusal's shape, as the account page and the admin clients read it. */
class JsonErrorTest {

    private static final ObjectMapper[] MAPPERS = {new ObjectMapper(), JsonSerialization.mapper};

    @Test
    void aRefusalHasACodeAndADescription() throws Exception {
        for (ObjectMapper mapper : MAPPERS) {
            assertThat(mapper.writeValueAsString(new JsonError("invalid_json", null, "why")))
                    .isEqualTo("{\"error\":\"invalid_json\",\"error_description\":\"why\"}");
        }
    }

    @Test
    void aRefusedSettingNamesIt() throws Exception {
        for (ObjectMapper mapper : MAPPERS) {
            assertThat(
                            mapper.writeValueAsString(
                                    new JsonError("invalid_setting", "codeLength", "why")))
                    .isEqualTo(
                            "{\"error\":\"invalid_setting\",\"setting\":\"codeLength\",\"error_description\":\"why\"}");
        }
    }
}
