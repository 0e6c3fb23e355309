package org.mfaportal.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.catalog.DefaultMethod;
import org.mfaportal.catalog.Method;
import org.mfaportal.flow.RequiredActions;
import org.mfaportal.settings.PortalSettings;

/** The user's sign-in methods as the portal shows them (those of the catalog that can be default), with their {@link DefaultMethod}. */
final class PortalMethods {

    private final RealmModel realm;
    private final UserModel user;

    PortalMethods(RealmModel realm, UserModel user) {
        this.realm = realm;
        this.user = user;
    }

    List<Map<String, Object>> describe() {
        String defaultType = DefaultMethod.of(user).map(CredentialModel::getType).orElse(null);
        List<Map<String, Object>> methods = new ArrayList<>();
        PortalSettings settings = PortalSettings.of(realm);
        for (Method method : Method.defaultable()) {
            if (!method.allowedBy(settings)) {
                continue;
            }
            String type = method.credentialType();
            Optional<CredentialModel> credential = credentialOf(type);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", type);
            json.put("configured", credential.isPresent());
            json.put("isDefault", type.equals(defaultType));
            json.put("label", credential.map(CredentialModel::getUserLabel).orElse(null));
            json.put("setupAction", RequiredActions.enabled(realm, method.setupAction()) ? method.setupAction() : null);
            json.put("displayNameKey", method.displayNameKey());
            json.put("helpTextKey", method.helpTextKey());
            methods.add(json);
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

    private Optional<CredentialModel> credentialOf(String type) {
        return user.credentialManager().getStoredCredentialsByTypeStream(type).findFirst();
    }
}
