package org.mfaportal.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RadiusConfigTest {

    @ParameterizedTest
    @CsvSource({
        "radius.example.com, radius.example.com, 1812",
        "radius.example.com:1645, radius.example.com, 1645",
        "10.0.0.5:11812, 10.0.0.5, 11812",
        "[2001:db8::1]:1812, 2001:db8::1, 1812",
        "[::1], ::1, 1812"
    })
    void serversAreRead(String text, String host, int port) {
        assertThat(RadiusServer.parse(text)).isEqualTo(new RadiusServer(host, port));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ":1812",
                "host:",
                "host:0",
                "host:65536",
                "host:18x2",
                "2001:db8::1",
                "[::1",
                "[::1]x",
                "host:١٨١٢"
            })
    void badServersAreRefused(String text) {
        assertThatThrownBy(() -> RadiusServer.parse(text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsFillWhatIsNotSet() {
        RadiusConfig config =
                RadiusConfig.from(
                        Map.of(
                                RadiusOption.PRIMARY_SERVER.key(), "a.example:1812",
                                RadiusOption.SECONDARY_SERVER.key(), " b.example ",
                                RadiusOption.SHARED_SECRET.key(), "${vault.radius}"));
        assertThat(config.servers())
                .containsExactly(
                        new RadiusServer("a.example", 1812), new RadiusServer("b.example", 1812));
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.retries()).isEqualTo(1);
        assertThat(config.nasIdentifier()).isEqualTo("keycloak");
        assertThat(config.sharedSecretReference()).isEqualTo("${vault.radius}");
    }

    @Test
    void noServerOrNoSecretOrOutOfRangeIsRefused() {
        assertThatThrownBy(() -> RadiusConfig.from(Map.of(RadiusOption.SHARED_SECRET.key(), "s")))
                .hasMessageContaining("no RADIUS server");
        assertThatThrownBy(() -> RadiusConfig.from(Map.of(RadiusOption.PRIMARY_SERVER.key(), "a")))
                .hasMessageContaining("no RADIUS shared secret");
        Map<String, String> base =
                Map.of(
                        RadiusOption.PRIMARY_SERVER.key(),
                        "a",
                        RadiusOption.SHARED_SECRET.key(),
                        "s");
        for (var wrong :
                List.of(
                        Map.entry(RadiusOption.TIMEOUT_MILLIS, "50"),
                        Map.entry(RadiusOption.TIMEOUT_MILLIS, "40000"),
                        Map.entry(RadiusOption.TIMEOUT_MILLIS, "-1"),
                        Map.entry(RadiusOption.RETRIES, "6"),
                        Map.entry(RadiusOption.RETRIES, "one"))) {
            var values = new java.util.HashMap<>(base);
            values.put(wrong.getKey().key(), wrong.getValue());
            assertThatThrownBy(() -> RadiusConfig.from(values))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theSharedSecretIsMaskedInTheConsole() {
        assertThat(RadiusOption.properties())
                .filteredOn(p -> p.getName().equals(RadiusOption.SHARED_SECRET.key()))
                .singleElement()
                .matches(p -> p.isSecret());
    }
}
