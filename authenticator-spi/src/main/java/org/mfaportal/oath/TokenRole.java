package org.mfaportal.oath;

/**
 * What the user's OATH token is at this sign-in: their default method, a fallback for it (the
 * realm's {@code oathFallback}), or not offered at all.
 */
enum TokenRole {
    DEFAULT,
    FALLBACK,
    NOT_OFFERED;

    static TokenRole of(boolean tokenIsDefault, boolean fallbackAllowed) {
        if (tokenIsDefault) {
            return DEFAULT;
        }
        return fallbackAllowed ? FALLBACK : NOT_OFFERED;
    }

    /** Listed by Keycloak (tried first as the default, or under "Try another way"). */
    boolean offered() {
        return this != NOT_OFFERED;
    }

    /**
     * Whether the form must be finished within the fallback session. Every use other than the
     * default is: also one that an administrator's flow reaches without offering (a REQUIRED
     * token).
     */
    boolean timeLimited() {
        return this != DEFAULT;
    }
}
