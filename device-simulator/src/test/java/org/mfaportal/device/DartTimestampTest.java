package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DartTimestampTest {

    @ParameterizedTest
    @CsvSource({
        "2026-08-21T09:30:42.123456Z, 2026-08-21T09:30:42.123456Z", // spec E5
        "2026-08-21T09:30:42.123456789Z, 2026-08-21T09:30:42.123456Z", // Dart has no nanoseconds
        "2026-08-21T09:31:02.000123Z, 2026-08-21T09:31:02.000123Z", // spec E4
        "2026-08-21T09:30:42.120Z, 2026-08-21T09:30:42.120Z",
        "2026-08-21T09:30:42Z, 2026-08-21T09:30:42.000Z"
    })
    void writesWhatDartsToIso8601StringWrites(String instant, String expected) {
        assertThat(DartTimestamp.format(Instant.parse(instant))).isEqualTo(expected);
    }
}
