package org.mfaportal.admin.invitations;

import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one user's invitation, as the REST answers it. */
public enum InvitationResult {
    SENT("sent"),
    NO_EMAIL("no_email"),
    /** The user has a second factor: the link could only add one without the password. */
    ALREADY_ENROLLED("already_enrolled"),
    NOT_ALLOWED("not_allowed"),
    DISABLED("disabled"),
    NO_ACCOUNT_CONSOLE("no_account_console"),
    FAILED("failed");

    private final String wire;

    InvitationResult(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
