package org.mfaportal.admin.invitations;

import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one user's invitation, as the REST answers it. */
public enum InvitationResult {
    SENT("sent"),
    NO_EMAIL("no_email"),
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
