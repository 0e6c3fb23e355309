package org.mfaportal.admin.oath;

/**
 * Which slice of the inventory a listing asks for: {@code first} from 0, {@code max} from 1 to
 * {@value #LARGEST} (default {@value #DEFAULT_MAX}), so one request never reads a whole large
 * inventory.
 */
record TokenPage(String search, int first, int max) {

    static final int DEFAULT_MAX = 20;
    static final int LARGEST = 100;

    /** Reads the query parameters as given (each may be null); refuses what is out of range. */
    static TokenPage of(String search, String first, String max) {
        return new TokenPage(
                search == null || search.isBlank() ? null : search.strip(),
                number(first, 0, 0, Integer.MAX_VALUE, "first must be a whole number from 0"),
                number(
                        max,
                        DEFAULT_MAX,
                        1,
                        LARGEST,
                        "max must be a whole number from 1 to " + LARGEST));
    }

    private static int number(String text, int fallback, int low, int high, String rule) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= low && value <= high) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal, which says what is allowed
        }
        throw new IllegalArgumentException(rule + " (got '" + text + "')");
    }
}
