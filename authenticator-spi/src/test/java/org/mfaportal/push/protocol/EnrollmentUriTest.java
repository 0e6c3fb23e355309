package org.mfaportal.push.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrollmentUriTest {

    @Test
    void theQrCodeIsTheSpecsExampleE1() {
        assertThat(
                        EnrollmentUri.of(
                                "PIPU0001A2B3",
                                "http://localhost:8080/realms/demo/pipush",
                                10,
                                "privacyIDEA",
                                "3f1c9a0e5b7d2468ace013579bdf02468ace1357",
                                "PIPU0001A2B3"))
                .isEqualTo(
                        "otpauth://pipush/PIPU0001A2B3?url=http%3A//localhost%3A8080/realms/demo/pipush&ttl=10"
                                + "&issuer=privacyIDEA&enrollment_credential=3f1c9a0e5b7d2468ace013579bdf02468ace1357&v=1"
                                + "&serial=PIPU0001A2B3&sslverify=0&poll_only=True");
    }

    @Test
    void labelsAndIssuersArePercentEncodedLikePythonsQuote() {
        assertThat(EnrollmentUri.quote("Keycloak Demo:alice@example.org"))
                .isEqualTo("Keycloak%20Demo%3Aalice%40example.org");
        assertThat(EnrollmentUri.quote("Grüße")).isEqualTo("Gr%C3%BC%C3%9Fe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "HTTP://LocalHost:8080/realms/demo/mfa-portal/push/abc, http://localhost:8080/realms/demo/mfa-portal/push/abc",
        "http://Example.org:80/realms/demo,                     http://example.org/realms/demo",
        "https://example.org:443/realms/demo,                   https://example.org/realms/demo",
        "https://example.org:8443/realms/demo,                  https://example.org:8443/realms/demo"
    })
    void challengeUrlsAreCanonicalAsTheAppRebuildsThem(String given, String canonical) {
        assertThat(EnrollmentUri.canonical(URI.create(given))).isEqualTo(canonical);
    }
}
