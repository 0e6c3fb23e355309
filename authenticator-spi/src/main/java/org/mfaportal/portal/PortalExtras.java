package org.mfaportal.portal;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.RequiredActions;
import org.mfaportal.oath.OathAssociateRequiredActionFactory;
import org.mfaportal.phone.pin.PinPolicy;
import org.mfaportal.phone.pin.PinUpdateRequiredActionFactory;
import org.mfaportal.phone.pin.Pins;
import org.mfaportal.questions.QuestionsSetupRequiredActionFactory;
import org.mfaportal.questions.SecurityAnswers;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.sms.SmsCredential;
import org.mfaportal.voice.VoiceCredential;

/**
 * What the portal offers besides the methods, each only where the realm's settings use it: the PIN
 * (asked on calls and replies), associating a third-party OATH token, the security questions of the
 * fallback. Each is changed by its own required action, as the methods are.
 */
final class PortalExtras {

    static final String PIN = "pin";
    static final String OATH_TOKEN = "oath-token";
    static final String QUESTIONS = "questions";

    private final RealmModel realm;
    private final UserModel user;
    private final PortalSettings settings;

    PortalExtras(RealmModel realm, UserModel user) {
        this.realm = realm;
        this.user = user;
        this.settings = PortalSettings.of(realm);
    }

    List<AccountJson.Extra> describe() {
        List<AccountJson.Extra> extras = new ArrayList<>();
        if (PinPolicy.requiredFor(settings, user)
                && (holds(VoiceCredential.TYPE) || holds(SmsCredential.TYPE))) {
            add(extras, PIN, holds(Pins.CREDENTIAL_TYPE), PinUpdateRequiredActionFactory.ID);
        }
        if (settings.flag(PortalSetting.OATH_ASSOCIATION_ALLOWED)) {
            // A user may hold several tokens: associating is always "add one more".
            add(extras, OATH_TOKEN, false, OathAssociateRequiredActionFactory.ID);
        }
        if (settings.flag(PortalSetting.QUESTIONS_FALLBACK)) {
            add(
                    extras,
                    QUESTIONS,
                    holds(SecurityAnswers.CREDENTIAL_TYPE),
                    QuestionsSetupRequiredActionFactory.ID);
        }
        return extras;
    }

    private void add(List<AccountJson.Extra> extras, String id, boolean configured, String action) {
        if (!RequiredActions.enabled(realm, action)) {
            return;
        }
        extras.add(new AccountJson.Extra(id, configured, action));
    }

    private boolean holds(String credentialType) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(credentialType)
                .findAny()
                .isPresent();
    }
}
