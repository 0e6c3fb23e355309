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
    VIEW_SECOND_FACTORS(
            "view-second-factors",
            "See users' second factors: methods, masked numbers, devices, tokens, questions set,"
                    + " PIN, bypass, locks."),
    /** See a user's full phone numbers; each reveal is an admin event. */
    REVEAL_NUMBERS(
            "reveal-numbers", "See users' full phone numbers (each reveal is an admin event)."),
    /** Change numbers, PIN, methods, devices, bypass, call lock, token assignment, invitations. */
    MANAGE_SECOND_FACTORS(
            "manage-second-factors",
            "Change users' numbers and methods, require a PIN, reset a method, bypass, unlock"
                    + " calls, assign tokens, send invitations."),
    /** Import, list, search and remove unassigned OATH tokens. */
    MANAGE_TOKENS("manage-tokens", "Import, list, search and remove unassigned OATH tokens."),
    /** The fraud and lockout view. */
    VIEW_FRAUD("view-fraud", "See fraud reports and locked users."),
    /** Read and change the portal settings, trusted ranges and the question catalog. */
    MANAGE_PORTAL_SETTINGS(
            "manage-portal-settings",
            "Read and change the portal settings, trusted ranges and the question catalog.");

    /** Composite: the helpdesk's day-to-day rights over the users it may see. */
    public static final String HELPDESK = "mfa-portal-helpdesk";

    /** Composite: every role above. */
    public static final String ADMIN = "mfa-portal-admin";

    /** The helpdesk composite's description, as the realms' clients carry it. */
    public static final String HELPDESK_DESCRIPTION =
            "The helpdesk: view and manage the second factors of the users Keycloak lets them see,"
                    + " and the fraud view.";

    /** The admin composite's description. */
    public static final String ADMIN_DESCRIPTION = "Every portal administrator right.";

    private final String roleName;
    private final String description;

    PortalAdminRole(String roleName, String description) {
        this.roleName = roleName;
        this.description = description;
    }

    /** What the role grants, as the realm's client shows it to administrators. */
    public String description() {
        return description;
    }

    public String roleName() {
        return roleName;
    }

    /** Whether the helpdesk composite holds this role. */
    public boolean inHelpdesk() {
        return this == VIEW_SECOND_FACTORS || this == MANAGE_SECOND_FACTORS || this == VIEW_FRAUD;
    }
}
