package org.mfaportal.flow;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Required actions run from an emailed link (Keycloak's execute-actions email, such as the portal's
 * enrollment invitation) run without the password: the link proves the mailbox only. There, a user
 * who already had a second factor when the link was opened gets no portal action at all, so whoever
 * reads the mailbox cannot add a phone, a device or a token to an enrolled account. A user without
 * one may set one up, which is what the invitation is for.
 */
public final class EmailedLinks {

    /** The error page's message. */
    public static final String FACTORS_NOT_CHANGED = "mfaLinkCannotChangeFactors";

    /**
     * Whether the user had a second factor when this link's session ran its first portal action.
     */
    private static final String HAD_FACTORS_NOTE = "mfaPortal.linkUserHadFactors";

    private EmailedLinks() {}

    /** Whether this portal action must be refused (see the class comment). */
    static boolean refuses(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(AuthenticationManager.END_AFTER_REQUIRED_ACTIONS) == null) {
            return false;
        }
        // Decided once per session, so a first factor set up through the link does not refuse
        // the setup's own later steps.
        String hadFactors = authSession.getAuthNote(HAD_FACTORS_NOTE);
        if (hadFactors == null) {
            hadFactors = String.valueOf(hasFactors(context.getUser()));
            authSession.setAuthNote(HAD_FACTORS_NOTE, hadFactors);
        }
        return Boolean.parseBoolean(hadFactors);
    }

    /** Any stored credential but the password counts: unsure means refused. */
    private static boolean hasFactors(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsStream()
                .map(CredentialModel::getType)
                .anyMatch(type -> !PasswordCredentialModel.TYPE.equals(type));
    }
}
