package org.mfaportal.device;

/** Why the user declined (app 4.8.0, spec §9): sent only where the server announced it. */
public enum DeclineReason {
    /** "Decline": the user did not start this sign-in. */
    UNKNOWN_TRIGGER("unknown_trigger"),
    /** "Discard": the user started it and stopped. */
    CANCELLED("cancelled");

    private final String wire;

    DeclineReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
