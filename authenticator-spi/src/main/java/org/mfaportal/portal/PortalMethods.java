package org.mfaportal.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.RequiredActions;
import org.mfaportal.push.PushCredential;
import org.mfaportal.push.enrollment.PushSetupRequiredActionFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.sms.SmsCredential;
import org.mfaportal.sms.SmsSetupRequiredActionFactory;
import org.mfaportal.voice.VoiceCredential;
import org.mfaportal.voice.VoiceSetupRequiredActionFactory;

/** The user's sign-in methods as the portal shows them, with their {@link DefaultMethod}. */
final class PortalMethods {

    /** The required action that sets up each method of {@link DefaultMethod#TYPES}. */
    private static final Map<String, String> SETUP_ACTIONS = Map.of(
            VoiceCredential.TYPE, VoiceSetupRequiredActionFactory.ID,
            SmsCredential.TYPE, SmsSetupRequiredActionFactory.ID,
            PushCredential.TYPE, PushSetupRequiredActionFactory.ID,
            CredentialModel.OTP, UserModel.RequiredAction.CONFIGURE_TOTP.name());

    private final RealmModel realm;
    private final UserModel user;

    PortalMethods(RealmModel realm, UserModel user) {
        this.realm = realm;
        this.user = user;
    }

    List<AccountJson.Method> describe() {
        String defaultType = DefaultMethod.of(user).map(CredentialModel::getType).orElse(null);
        List<AccountJson.Method> methods = new ArrayList<>();
        boolean mobileApp = PortalSettings.of(realm).flag(PortalSetting.MOBILE_APP_ALLOWED);
        for (String type : DefaultMethod.TYPES) {
            if (type.equals(PushCredential.TYPE) && !mobileApp) {
                continue;
            }
            Optional<CredentialModel> credential = credentialOf(type);
            String setupAction = SETUP_ACTIONS.get(type);
            methods.add(new AccountJson.Method(type, credential.isPresent(), type.equals(defaultType),
                    credential.map(CredentialModel::getUserLabel).orElse(null),
                    RequiredActions.enabled(realm, setupAction) ? setupAction : null));
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
