package org.mfaportal.push.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    private static final long NOW = Instant.parse("2026-08-21T09:30:42.123456Z").toEpochMilli();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-08-21T09:30:42.123456Z, true", // Dart with microseconds
        "2026-08-21T09:30:42.123Z,    true", // Dart without
        "2026-08-21T09:30:42.123,     true", // no zone: UTC
        "2026-08-21T11:30:42.123+02:00, true",
        "2026-08-21T09:31:42.000Z,    true", // 59.9 s ahead
        "2026-08-21T09:29:42.123Z,    true", // exactly 60 s behind
        "2026-08-21T09:29:42.000Z,    false", // 60.1 s behind
        "2026-08-21T09:31:43.000Z,    false",
        "2026-08-21T09:20:00.000Z,    false", // the spec's example of a refused timestamp
        "+999999999-01-01T00:00:00Z,  false", // beyond milliseconds since the epoch
        "-999999999-01-01T00:00:00Z,  false",
        "yesterday,                   false"
    })
    void thePollWindowIsOneMinuteEitherWay(String timestamp, boolean accepted) {
        assertThat(Timestamps.within(timestamp, NOW, Timestamps.POLL_WINDOW)).isEqualTo(accepted);
    }
}
