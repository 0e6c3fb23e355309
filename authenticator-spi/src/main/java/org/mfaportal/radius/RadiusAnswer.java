package org.mfaportal.radius;

/**
 * What the RADIUS servers said about a user's password: a verified Accept, Reject or Challenge
 * (with the server's Reply-Message, if any), or nothing usable from any server in time.
 */
record RadiusAnswer(Kind kind, String replyMessage) {

    enum Kind {
        ACCEPT,
        REJECT,
        CHALLENGE,
        /** No server gave a verified answer in time: never a success. */
        UNAVAILABLE
    }

    static final RadiusAnswer UNAVAILABLE = new RadiusAnswer(Kind.UNAVAILABLE, null);
}
