package org.mfaportal.device;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code DateTime.now().toUtc().toIso8601String()} as the app signs it (spec §4): milliseconds
 * always, microseconds only when they are not zero, 'Z'. The server verifies the very string it
 * received, so the digits must be the app's.
 */
final class DartTimestamp {

    private DartTimestamp() {}

    static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int micros = time.getNano() / 1_000;
        String fraction =
                micros % 1_000 == 0
                        ? String.format("%03d", micros / 1_000)
                        : String.format("%06d", micros);
        return String.format(
                "%04d-%02d-%02dT%02d:%02d:%02d.%sZ",
                time.getYear(),
                time.getMonthValue(),
                time.getDayOfMonth(),
                time.getHour(),
                time.getMinute(),
                time.getSecond(),
                fraction);
    }
}
