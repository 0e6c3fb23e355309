package org.mfaportal.push.protocol;

import java.util.Optional;

/**
 * Why the user declined on the phone (app 4.8.0, only after the server announced the capability).
 */
public enum DeclineReason {
    /** "This was not me": the user did not start the sign-in. */
    UNKNOWN_TRIGGER("unknown_trigger"),
    /** The user started the sign-in and stopped it. */
    CANCELLED("cancelled");

    public static final String FIELD = "decline_reason";

    private final String wire;

    DeclineReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Empty for no reason and for one this server does not know (a newer app's). */
    public static Optional<DeclineReason> of(String wire) {
        for (DeclineReason reason : values()) {
            if (reason.wire.equals(wire)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
