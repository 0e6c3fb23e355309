package org.mfaportal.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.mfaportal.push.PushCredential;
import org.mfaportal.push.enrollment.PushSetupRequiredActionFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.sms.SmsCredential;
import org.mfaportal.sms.SmsSetupRequiredActionFactory;
import org.mfaportal.voice.VoiceCredential;
import org.mfaportal.voice.VoiceSetupRequiredActionFactory;

/**
 * The user's sign-in methods as the portal shows them. The default method is simply the first of
 * them in the user's credential order, which is what Keycloak's flow tries first.
 */
final class PortalMethods {

    /** A method: its credential type, the required action that sets it up, and the setting that allows it (or null). */
    private record Method(String type, String setupAction, PortalSetting allowedBy) {
    }

    private static final List<Method> ALL_METHODS = List.of(
            new Method(VoiceCredential.TYPE, VoiceSetupRequiredActionFactory.ID, null),
            new Method(SmsCredential.TYPE, SmsSetupRequiredActionFactory.ID, null),
            new Method(PushCredential.TYPE, PushSetupRequiredActionFactory.ID, PortalSetting.MOBILE_APP_ALLOWED),
            new Method(CredentialModel.OTP, UserModel.RequiredAction.CONFIGURE_TOTP.name(), null));

    private final List<Method> methods;

    private final RealmModel realm;
    private final UserModel user;

    PortalMethods(RealmModel realm, UserModel user) {
        this.realm = realm;
        this.user = user;
        PortalSettings settings = PortalSettings.of(realm);
        this.methods = ALL_METHODS.stream().filter(m -> m.allowedBy() == null || settings.flag(m.allowedBy())).toList();
    }

    List<Map<String, Object>> describe() {
        String defaultType = firstConfigured().map(CredentialModel::getType).orElse(null);
        List<Map<String, Object>> described = new ArrayList<>();
        for (Method method : methods) {
            Optional<CredentialModel> credential = credentialOf(method.type());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", method.type());
            json.put("configured", credential.isPresent());
            json.put("isDefault", method.type().equals(defaultType));
            json.put("label", credential.map(CredentialModel::getUserLabel).orElse(null));
            json.put("setupAction", enabled(method.setupAction()) ? method.setupAction() : null);
            json.put("count", user.credentialManager().getStoredCredentialsByTypeStream(method.type()).count());
            described.add(json);
        }
        return described;
    }

    /** Moves the method's credential first; false if the user has not set it up. */
    boolean makeDefault(String type) {
        if (methods.stream().noneMatch(m -> m.type().equals(type))) {
            return false;
        }
        Optional<CredentialModel> credential = credentialOf(type);
        credential.ifPresent(c -> user.credentialManager().moveStoredCredentialTo(c.getId(), null));
        return credential.isPresent();
    }

    private Optional<CredentialModel> firstConfigured() {
        return user.credentialManager().getStoredCredentialsStream()
                .filter(c -> methods.stream().anyMatch(m -> m.type().equals(c.getType())))
                .findFirst();
    }

    private Optional<CredentialModel> credentialOf(String type) {
        return user.credentialManager().getStoredCredentialsByTypeStream(type).findFirst();
    }

    private boolean enabled(String requiredAction) {
        RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(requiredAction);
        return action != null && action.isEnabled();
    }
}
