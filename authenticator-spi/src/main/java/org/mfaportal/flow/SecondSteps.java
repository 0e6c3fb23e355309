package org.mfaportal.flow;

import java.time.Duration;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserSessionModel;

/**
 * When a user session last passed a second step (noted by enrollment.SecondStepMarker at the end of
 * the flow).
 */
public final class SecondSteps {

    /** User session note: epoch seconds of the second step of this session's sign-in. */
    public static final String DONE_AT_NOTE = "mfa-portal.second-step-at";

    private SecondSteps() {}

    /** Whether the session's sign-in included a second step no longer than {@code window} ago. */
    public static boolean recent(UserSessionModel session, Duration window) {
        String doneAt = session == null ? null : session.getNote(DONE_AT_NOTE);
        return doneAt != null
                && Time.currentTime() - Integer.parseInt(doneAt) <= window.toSeconds();
    }
}
