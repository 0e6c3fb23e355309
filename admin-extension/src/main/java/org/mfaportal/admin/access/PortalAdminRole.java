package org.mfaportal.admin.access;

/**
 * The client roles of the realm's {@value PortalAdminClient#CLIENT_ID} client: what an
 * administrator may do to second factors. Keycloak still decides which users an administrator sees
 * (view-users, or a fine-grained permission on them); these roles decide what may be done to those
 * users' second factors.
 */
public enum PortalAdminRole {
    /**
     * See a user's methods (numbers masked), devices, tokens, questions set, PIN, bypass, locks.
     */
    VIEW_SECOND_FACTORS("view-second-factors"),
    /** See a user's full phone numbers; each reveal is an admin event. */
    REVEAL_NUMBERS("reveal-numbers"),
    /** Change numbers, PIN, methods, devices, bypass, call lock, token assignment, invitations. */
    MANAGE_SECOND_FACTORS("manage-second-factors"),
    /** Import, list, search and remove unassigned OATH tokens. */
    MANAGE_TOKENS("manage-tokens"),
    /** The fraud and lockout view. */
    VIEW_FRAUD("view-fraud"),
    /** Read and change the portal settings, trusted ranges and the question catalog. */
    MANAGE_PORTAL_SETTINGS("manage-portal-settings");

    /** Composite: the helpdesk's day-to-day rights over the users it may see. */
    public static final String HELPDESK = "mfa-portal-helpdesk";

    /** Composite: every role above. */
    public static final String ADMIN = "mfa-portal-admin";

    private final String roleName;

    PortalAdminRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** Whether the helpdesk composite holds this role. */
    public boolean inHelpdesk() {
        return this == VIEW_SECOND_FACTORS || this == MANAGE_SECOND_FACTORS || this == VIEW_FRAUD;
    }
}
