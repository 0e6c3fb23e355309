package org.mfaportal.push.protocol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The device's ISO-8601 timestamps (Dart's toIso8601String: milli- or microseconds, 'Z'); one
 * without a zone is UTC, as privacyIDEA reads it. Checked against the server's clock in a window.
 */
public final class Timestamps {

    /** privacyIDEA's POLL_TIME_WINDOW. */
    public static final Duration POLL_WINDOW = Duration.ofMinutes(1);

    /** privacyIDEA's UPDATE_FB_TOKEN_WINDOW. */
    public static final Duration FIREBASE_UPDATE_WINDOW = Duration.ofMinutes(5);

    private Timestamps() {}

    /**
     * Whether {@code timestamp} lies within {@code window} of {@code nowMillis}; false when
     * unreadable.
     */
    public static boolean within(String timestamp, long nowMillis, Duration window) {
        Instant instant = parse(timestamp);
        // Duration, not toEpochMilli: a year like +999999999 overflows milliseconds.
        return instant != null
                && Duration.between(instant, Instant.ofEpochMilli(nowMillis))
                                .abs()
                                .compareTo(window)
                        <= 0;
    }

    static Instant parse(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp.strip()).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(timestamp.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
