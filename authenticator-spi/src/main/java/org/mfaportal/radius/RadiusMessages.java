package org.mfaportal.radius;

/** Message keys of the RADIUS sign-in, mirrored in messages_*.properties. */
public final class RadiusMessages {

    /** No RADIUS server answered in time (or the execution is misconfigured). */
    public static final String UNAVAILABLE = "mfaRadiusUnavailable";

    /** The server sent an Access-Challenge without a Reply-Message. */
    public static final String CHALLENGE = "mfaRadiusChallenge";

    /** The server sent an Access-Challenge; {0} is its Reply-Message. */
    public static final String CHALLENGE_SAID = "mfaRadiusChallengeSaid";

    private RadiusMessages() {}
}
