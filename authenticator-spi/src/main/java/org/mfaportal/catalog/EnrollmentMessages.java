package org.mfaportal.catalog;

/** Message keys of the setup choice page, mirrored in messages_*.properties. */
public final class EnrollmentMessages {

    public static final String CHOOSE_ONE = "mfaSetupChooseOne";
    public static final String NOT_ALLOWED = "mfaSetupNotAllowed";
    public static final String NONE_AVAILABLE = "mfaSetupNoneAvailable";

    private EnrollmentMessages() {}
}
