package org.mfaportal.admin.access;

/** The realm client whose roles are the portal's administrator rights. */
public final class PortalAdminClient {

    /** Its client id in every realm. */
    public static final String CLIENT_ID = "mfa-portal";

    private PortalAdminClient() {}
}
