package org.mfaportal.admin.fraud;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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

    static FraudQuery of(String from, String to, String user, Integer first, Integer max)
            throws InvalidQueryException {
        Long fromMillis = day(from, "from", 0);
        Long toMillis = day(to, "to", 1);
        if (fromMillis != null && toMillis != null && fromMillis >= toMillis) {
            throw new InvalidQueryException("'from' must not be after 'to'");
        }
        int start = first == null ? 0 : first;
        int size = max == null ? DEFAULT_MAX : max;
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
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(
                    "'" + name + "' must be a day as yyyy-MM-dd (got '" + text + "')");
        }
    }
}
