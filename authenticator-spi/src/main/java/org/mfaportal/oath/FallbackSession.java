package org.mfaportal.oath;

import java.time.Duration;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The seed's "OATH fallback session": a token used instead of the user's default method must be
 * used within {@code oathFallbackSessionMinutes} of when its form was first shown in this sign-in.
 * Kept in the authentication session, so restarting the sign-in starts a new one.
 */
record FallbackSession(long startedAt) {

    /** Auth note: epoch seconds (Keycloak's clock) when the fallback form was first shown. */
    static final String NOTE = "mfa-portal.oath.fallbackStartedAt";

    /** The session of this sign-in, started now if it has none yet. */
    static FallbackSession startIn(AuthenticationSessionModel auth, long now) {
        String stored = auth.getAuthNote(NOTE);
        if (stored != null) {
            return new FallbackSession(Long.parseLong(stored));
        }
        auth.setAuthNote(NOTE, Long.toString(now));
        return new FallbackSession(now);
    }

    /** Open for exactly {@code length} after the start; at the limit it is over. */
    boolean isOpen(long now, Duration length) {
        return now - startedAt < length.toSeconds();
    }
}
