package org.mfaportal.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.DefaultMethod;
import org.mfaportal.catalog.Method;
import org.mfaportal.flow.RequiredActions;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.directory.DirectoryMode;
import org.mfaportal.phone.directory.DirectoryPhones;
import org.mfaportal.settings.PortalSettings;

/**
 * The user's sign-in methods as the portal shows them (those of the catalog that can be default),
 * with their {@link DefaultMethod}.
 */
final class PortalMethods {

    private final RealmModel realm;
    private final UserModel user;

    PortalMethods(RealmModel realm, UserModel user) {
        this.realm = realm;
        this.user = user;
    }

    List<AccountJson.Method> describe() {
        PortalSettings settings = PortalSettings.of(realm);
        // The page shows the directory's numbers of now, as the next sign-in will use them.
        DirectoryPhones.reconcile(settings, user);
        String defaultType = DefaultMethod.of(user).map(CredentialModel::getType).orElse(null);
        List<AccountJson.Method> methods = new ArrayList<>();
        for (Method method : Method.defaultable()) {
            if (!method.allowedBy(settings)) {
                continue;
            }
            String type = method.credentialType();
            Optional<CredentialModel> credential = credentialOf(type);
            boolean fromDirectory = fromDirectory(credential);
            String setupAction =
                    RequiredActions.enabled(realm, method.setupAction())
                                    && !(fromDirectory
                                            && DirectoryMode.of(settings) == DirectoryMode.ENROLLED)
                            ? method.setupAction()
                            : null;
            methods.add(
                    new AccountJson.Method(
                            type,
                            credential.isPresent(),
                            type.equals(defaultType),
                            credential.map(CredentialModel::getUserLabel).orElse(null),
                            setupAction,
                            method.displayNameKey(),
                            method.helpTextKey(),
                            fromDirectory));
        }
        return methods;
    }

    /** Moves the method's credential first; false if the user has not set it up. */
    boolean makeDefault(String type) {
        if (!DefaultMethod.TYPES.contains(type)) {
            return false;
        }
        Optional<CredentialModel> credential = credentialOf(type);
        credential.ifPresent(c -> user.credentialManager().moveStoredCredentialTo(c.getId(), null));
        return credential.isPresent();
    }

    /** Whether the credential is a phone number the company directory put there. */
    private static boolean fromDirectory(Optional<CredentialModel> credential) {
        return credential
                .filter(c -> DirectoryPhones.PHONE_TYPES.contains(c.getType()))
                .map(c -> PhoneCredentialData.read(c.getCredentialData()).fromDirectory())
                .orElse(false);
    }

    private Optional<CredentialModel> credentialOf(String type) {
        return user.credentialManager().getStoredCredentialsByTypeStream(type).findFirst();
    }
}
