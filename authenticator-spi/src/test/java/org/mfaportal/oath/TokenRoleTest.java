package org.mfaportal.oath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenRoleTest {

    @ParameterizedTest(name = "default {0}, oathFallback {1}: {2}")
    @CsvSource({
        "true,  false, DEFAULT,     true,  false",
        "true,  true,  DEFAULT,     true,  false",
        "false, true,  FALLBACK,    true,  true",
        "false, false, NOT_OFFERED, false, true"
    })
    void theTokenIsOfferedAsTheDefaultOrWhereTheRealmAllowsItAsAFallback(
            boolean tokenIsDefault,
            boolean fallbackAllowed,
            TokenRole role,
            boolean offered,
            boolean timeLimited) {
        TokenRole actual = TokenRole.of(tokenIsDefault, fallbackAllowed);

        assertThat(actual).isEqualTo(role);
        assertThat(actual.offered()).isEqualTo(offered);
        assertThat(actual.timeLimited()).isEqualTo(timeLimited);
    }
}
