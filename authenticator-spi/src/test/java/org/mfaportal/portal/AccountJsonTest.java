package org.mfaportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** The account API's answers keep the shapes account-theme/ui/src/api.ts reads, nulls included. */
class AccountJsonTest {

    private static final ObjectMapper[] MAPPERS = {new ObjectMapper(), JsonSerialization.mapper};

    @Test
    void theOverviewKeepsItsFieldsAndNulls() throws Exception {
        var overview =
                new AccountJson.Overview(
                        Map.of("bypassAllowed", true),
                        List.of(
                                new AccountJson.Method(
                                        "mfa-sms",
                                        false,
                                        true,
                                        null,
                                        null,
                                        "mfaSmsDisplayName",
                                        "mfaSmsHelpText",
                                        true)),
                        List.of(new AccountJson.Extra("pin", false, "mfa-pin-update")),
                        "en",
                        List.of("en", "de"),
                        new AccountJson.Bypass(false, null, 5),
                        true);
        for (ObjectMapper mapper : MAPPERS) {
            assertThat(mapper.writeValueAsString(overview))
                    .isEqualTo(
                            "{\"settings\":{\"bypassAllowed\":true},"
                                    + "\"methods\":[{\"type\":\"mfa-sms\",\"configured\":false,\"isDefault\":true,\"label\":null,\"setupAction\":null,"
                                    + "\"displayNameKey\":\"mfaSmsDisplayName\",\"helpTextKey\":\"mfaSmsHelpText\",\"fromDirectory\":true}],"
                                    + "\"extras\":[{\"id\":\"pin\",\"configured\":false,\"action\":\"mfa-pin-update\"}],"
                                    + "\"locale\":\"en\",\"locales\":[\"en\",\"de\"],"
                                    + "\"bypass\":{\"active\":false,\"expiresAt\":null,\"secondStepWithinMinutes\":5},\"canStartBypass\":true}");
        }
    }

    @Test
    void aDeviceAndAStartedBypass() throws Exception {
        for (ObjectMapper mapper : MAPPERS) {
            assertThat(
                            mapper.writeValueAsString(
                                    new AccountJson.Device("c1", "Phone", "MA1", 1700000000L)))
                    .isEqualTo(
                            "{\"id\":\"c1\",\"name\":\"Phone\",\"serial\":\"MA1\",\"created\":1700000000}");
            assertThat(mapper.writeValueAsString(new AccountJson.BypassStarted(42)))
                    .isEqualTo("{\"expiresAt\":42}");
        }
    }
}
