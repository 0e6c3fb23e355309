package org.mfaportal.admin.fraud;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The filter of GET fraud: days as Keycloak's own events API takes them (yyyy-MM-dd, UTC, both ends
 * included), a user, and the page. Built only from valid input; anything else is refused with a
 * sentence saying what is allowed.
 */
record FraudQuery(Long fromMillis, Long toMillis, String user, int first, int max) {

    static final int DEFAULT_MAX = 20;
    static final int MAX_MAX = 100;

    static final class InvalidQueryException extends Exception {
        InvalidQueryException(String message) {
            super(message);
        }
    }

    static FraudQuery of(String from, String to, String user, String first, String max)
            throws InvalidQueryException {
        Long fromMillis = day(from, "from", 0);
        Long toMillis = day(to, "to", 1);
        if (fromMillis != null && toMillis != null && fromMillis >= toMillis) {
            throw new InvalidQueryException("'from' must not be after 'to'");
        }
        int start = whole(first, "first", 0);
        int size = whole(max, "max", DEFAULT_MAX);
        if (start < 0) {
            throw new InvalidQueryException("'first' must be 0 or more (got " + start + ")");
        }
        if (size < 1 || size > MAX_MAX) {
            throw new InvalidQueryException(
                    "'max' must be from 1 to " + MAX_MAX + " (got " + size + ")");
        }
        String who = user == null || user.isBlank() ? null : user.strip();
        return new FraudQuery(fromMillis, toMillis, who, start, size);
    }

    /** Start of the day, or of the next one for an inclusive end. */
    private static Long day(String text, String name, int plusDays) throws InvalidQueryException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip())
                    .plusDays(plusDays)
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC)
                    .toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            // Also a year beyond what an instant can hold: a clear 400, never a 500.
            throw new InvalidQueryException(
                    "'" + name + "' must be a day as yyyy-MM-dd (got '" + text + "')");
        }
    }

    /** A query parameter's whole number (strings, so "abc" is a 400 here and not JAX-RS's 404). */
    private static int whole(String text, String name, int absent) throws InvalidQueryException {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(
                    "'" + name + "' must be a whole number (got '" + text + "')");
        }
    }
}
