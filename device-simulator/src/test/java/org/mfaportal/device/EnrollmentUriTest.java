package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrollmentUriTest {

    /** The spec's example E1. */
    private static final String E1 =
            "otpauth://pipush/PIPU0001A2B3?url=http%3A//localhost%3A8080/realms/demo/pipush"
                    + "&ttl=10&issuer=privacyIDEA&enrollment_credential=3f1c9a0e5b7d2468ace013579bdf02468ace1357&v=1"
                    + "&serial=PIPU0001A2B3&sslverify=0&poll_only=True";

    @Test
    void readsTheSpecsExample() {
        EnrollmentUri uri = EnrollmentUri.parse(E1);
        assertThat(uri.enrollment())
                .isEqualTo(
                        new Enrollment(
                                "PIPU0001A2B3",
                                URI.create("http://localhost:8080/realms/demo/pipush"),
                                "privacyIDEA",
                                "PIPU0001A2B3",
                                Duration.ofMinutes(10),
                                false,
                                true));
        assertThat(uri.credential()).isEqualTo("3f1c9a0e5b7d2468ace013579bdf02468ace1357");
    }

    @Test
    void readsTheIssuerParameterDecoded() { // spec 1.3
        EnrollmentUri uri =
                EnrollmentUri.parse(E1.replace("issuer=privacyIDEA", "issuer=Keycloak%20Demo"));
        assertThat(uri.enrollment().issuer()).isEqualTo("Keycloak Demo");
        assertThat(uri.enrollment().label()).isEqualTo("PIPU0001A2B3");
    }

    @Test
    void anIssuerInTheLabelWinsOverTheParameter() { // spec 1.3: Keycloak%20Demo%3Aalice
        EnrollmentUri uri =
                EnrollmentUri.parse(
                        E1.replace("pipush/PIPU0001A2B3?", "pipush/Keycloak%20Demo%3Aalice?"));
        assertThat(uri.enrollment().issuer()).isEqualTo("Keycloak Demo");
        assertThat(uri.enrollment().label()).isEqualTo("alice");
    }

    @Test
    void textAfterASecondColonIsDropped() {
        EnrollmentUri uri =
                EnrollmentUri.parse(E1.replace("pipush/PIPU0001A2B3?", "pipush/Demo:alice:extra?"));
        assertThat(uri.enrollment().label()).isEqualTo("alice");
        assertThat(uri.enrollment().issuer()).isEqualTo("Demo");
    }

    @ParameterizedTest
    @CsvSource({
        "'&v=1', v",
        "'&serial=PIPU0001A2B3', serial",
        "'url=http%3A//localhost%3A8080/realms/demo/pipush&', url"
    })
    void refusesAUriWithoutARequiredParameter(String removed, String parameter) {
        assertThatThrownBy(() -> EnrollmentUri.parse(E1.replace(removed, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + parameter + "'");
    }

    @Test
    void refusesAnotherProtocolVersion() {
        assertThatThrownBy(() -> EnrollmentUri.parse(E1.replace("&v=1", "&v=2")))
                .hasMessage("The piauth version [2] is not supported.");
    }

    @ParameterizedTest
    @CsvSource({
        "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&v=1&serial=S&url=https://x, TOTP",
        "otpauth://sms/alice?v=1&serial=S&url=https://x, unknown",
        "https://pipush/x?v=1, otpauth"
    })
    void refusesWhatIsNotAPushToken(String uri, String reason) {
        assertThatThrownBy(() -> EnrollmentUri.parse(uri)).hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({"ftp%3A//host/x", "http%3A///nohost"})
    void refusesAUrlThatIsNotHttp(String url) {
        assertThatThrownBy(
                        () ->
                                EnrollmentUri.parse(
                                        E1.replace(
                                                "http%3A//localhost%3A8080/realms/demo/pipush",
                                                url)))
                .hasMessageContaining("not an http(s) endpoint");
    }

    @Test
    void aUrlWithoutSchemeBecomesHttps() {
        EnrollmentUri uri =
                EnrollmentUri.parse(E1.replace("http%3A//localhost%3A8080", "keycloak.example"));
        assertThat(uri.enrollment().url())
                .isEqualTo(URI.create("https://keycloak.example/realms/demo/pipush"));
    }

    @Test
    void acceptsThePiaSchemeAndThePushHostAsTheAppDoes() {
        assertThat(
                        EnrollmentUri.parse(E1.replace("otpauth://pipush/", "pia://push/"))
                                .enrollment()
                                .serial())
                .isEqualTo("PIPU0001A2B3");
    }

    @ParameterizedTest
    @CsvSource({"'&ttl=2', 2", "'', 3", "'&ttl=0', 3", "'&ttl=abc', 3", "'&ttl=-5', 3"})
    void theTtlIsInMinutesAndAnUnusableOneGivesTheAppsThree(String ttl, long minutes) {
        assertThat(EnrollmentUri.parse(E1.replace("&ttl=10", ttl)).enrollment().ttl())
                .isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @CsvSource({
        "0, false",
        "false, false",
        "FALSE, false",
        "1, true",
        "true, true",
        "yes, true",
        "'', true"
    })
    void sslverifyIsOnUnlessClearlyOff(String value, boolean expected) {
        assertThat(
                        EnrollmentUri.parse(E1.replace("sslverify=0", "sslverify=" + value))
                                .enrollment()
                                .sslVerify())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'&poll_only=True', true",
        "'&poll_only=1', true",
        "'&poll_only=False', false",
        "'', false"
    })
    void pollOnlyNeedsTheMarker(String marker, boolean expected) {
        assertThat(
                        EnrollmentUri.parse(E1.replace("&poll_only=True", marker))
                                .enrollment()
                                .pollOnly())
                .isEqualTo(expected);
    }

    @Test
    void theCredentialIsOptionalForTheParser() {
        assertThat(
                        EnrollmentUri.parse(
                                        E1.replace(
                                                "enrollment_credential=3f1c9a0e5b7d2468ace013579bdf02468ace1357&",
                                                ""))
                                .credential())
                .isNull();
    }
}
