package org.mfaportal.oath;

/** RFC 6238: HOTP over the number of whole periods since the Unix epoch. */
public final class Totp {

    private final Hotp hotp;
    private final int periodSeconds;

    public Totp(Hotp hotp, int periodSeconds) {
        if (periodSeconds < 1) {
            throw new IllegalArgumentException("period must be at least one second");
        }
        this.hotp = hotp;
        this.periodSeconds = periodSeconds;
    }

    public String code(long epochSeconds) {
        return hotp.code(step(epochSeconds));
    }

    public long step(long epochSeconds) {
        return Math.floorDiv(epochSeconds, periodSeconds);
    }

    /**
     * Accepts the code of the current period or of {@code skewSteps} periods either side (clock
     * drift).
     */
    public boolean matches(String typed, long epochSeconds, int skewSteps) {
        long now = step(epochSeconds);
        boolean found = false;
        for (long step = now - skewSteps; step <= now + skewSteps; step++) {
            found |= hotp.matches(typed, step); // no early exit: same work whatever matched
        }
        return found;
    }
}
