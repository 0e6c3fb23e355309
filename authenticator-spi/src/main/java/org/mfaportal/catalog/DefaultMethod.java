package org.mfaportal.catalog;

import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;

/**
 * The user's default method: the first of their methods in their credential order, which is what
 * Keycloak's flow tries first (our methods are credential validators, ordered with {@code otp}).
 * The portal shows and changes it; the OATH token reads it to know whether it is a fallback.
 */
public final class DefaultMethod {

    /**
     * Credential types of the methods a user may choose as default, in the order the portal lists
     * them.
     */
    public static final List<String> TYPES =
            Method.defaultable().stream().map(Method::credentialType).toList();

    private DefaultMethod() {}

    /** The credential of the user's default method; empty for a user without any method. */
    public static Optional<CredentialModel> of(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsStream()
                .filter(credential -> TYPES.contains(credential.getType()))
                .findFirst();
    }

    public static boolean is(UserModel user, String type) {
        return of(user).map(CredentialModel::getType).filter(type::equals).isPresent();
    }
}
