package org.mfaportal.phone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    private static final String OPTION = "--spi-mfa-phone-gateway--twilio--public-url";

    @Test
    void theGatewaysOwnOptionWinsAndEndsInASlash() {
        assertThat(
                        PublicUrl.resolve(
                                "https://sso.example.com/auth",
                                "https://other.example.com/",
                                OPTION))
                .hasToString("https://sso.example.com/auth/");
    }

    @Test
    void keycloaksHostnameServesWhenItIsAFullUrl() {
        assertThat(PublicUrl.resolve(null, "https://sso.example.com", OPTION))
                .hasToString("https://sso.example.com/");
    }

    @Test
    void withNeitherTheGatewayRefusesToStartNamingBothOptions() {
        // A bare host name leaves scheme, port and path to each request: it cannot serve.
        assertThatThrownBy(() -> PublicUrl.resolve(" ", "sso.example.com", OPTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OPTION)
                .hasMessageContaining("--hostname")
                .hasMessageContaining("Host header");
        assertThatThrownBy(() -> PublicUrl.resolve(null, null, OPTION))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://sso.example.com/",
                "https:///path",
                "https://user:pw@sso.example.com/",
                "https://sso.example.com/?next=1",
                "https://sso.example.com/#top",
                "/realms/x",
                "not a url"
            })
    void anythingButAPlainHttpUrlIsRefused(String value) {
        assertThatThrownBy(() -> PublicUrl.resolve(value, null, OPTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OPTION);
    }
}
