package org.mfaportal.flow;

import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A block of the user's second step after a fraud report, until a time on Keycloak's clock (so it
 * ends by itself, and tests move it with the time offset). Kept in two user attributes: the end,
 * and a fixed marker that Keycloak's attribute search finds without reading every user. {@link
 * Lockout} refuses a blocked user on every portal path; an admin lifts the block.
 */
public final class FraudBlock {

    /** "true" while a block is recorded: the searchable marker. */
    public static final String MARKER = "mfaPortal.fraudBlocked";

    /** The end of the block, epoch seconds on Keycloak's clock. */
    public static final String UNTIL = "mfaPortal.fraudBlockedUntil";

    private FraudBlock() {}

    /**
     * Blocks the user until the given time (epoch seconds); a longer block already set stays. False
     * when the user's provider refuses the attributes (a directory without import): no block.
     */
    public static boolean block(UserModel user, long untilSeconds) {
        long until = Math.max(untilSeconds, until(user).orElse(0L));
        return BookkeepingAttributes.write(
                user,
                "A fraud block",
                u -> {
                    u.setSingleAttribute(UNTIL, Long.toString(until));
                    u.setSingleAttribute(MARKER, "true");
                });
    }

    /** Lifts the block (also one that has ended). */
    public static void lift(UserModel user) {
        BookkeepingAttributes.write(
                user,
                "A fraud block's removal",
                u -> {
                    u.removeAttribute(UNTIL);
                    u.removeAttribute(MARKER);
                });
    }

    /** The recorded end of the block, even when it has passed. */
    public static Optional<Long> until(UserModel user) {
        String stored = user.getFirstAttribute(UNTIL);
        if (stored == null || !stored.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(stored));
    }

    /** True while the block lasts. */
    public static boolean blocked(UserModel user) {
        return until(user).map(end -> Time.currentTime() < end).orElse(false);
    }

    /** Users with a block recorded (ended ones too, until lifted), by the searchable marker. */
    public static Stream<UserModel> recorded(KeycloakSession session, RealmModel realm) {
        return session.users().searchForUserByUserAttributeStream(realm, MARKER, "true");
    }
}
