package org.mfaportal.bypass;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body that starts a bypass, from the user's portal or an administrator: {"seconds": n}, or no
 * body for the realm's default length. {@code seconds} is the JSON value as sent, so a refusal can
 * quote it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BypassRequest(Object seconds) {

    public static final BypassRequest DEFAULT_LENGTH = new BypassRequest(null);

    /**
     * Whether {@code seconds} is absent or a whole number that fits an int (what {@link
     * BypassPolicy} takes).
     */
    public boolean wellTyped() {
        return seconds == null || seconds instanceof Integer;
    }

    public Integer wholeSeconds() {
        return (Integer) seconds;
    }
}
