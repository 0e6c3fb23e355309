package org.mfaportal.admin.users;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.mfaportal.admin.access.PortalAdminAccess;
import org.mfaportal.bypass.Bypasses;
import org.mfaportal.catalog.DefaultMethod;
import org.mfaportal.catalog.Method;
import org.mfaportal.flow.Lockout;
import org.mfaportal.oath.OathCredentials;
import org.mfaportal.oath.TokenSerials;
import org.mfaportal.phone.PhoneCredentialData;
import org.mfaportal.phone.directory.DirectoryPhones;
import org.mfaportal.phone.pin.PinPolicy;
import org.mfaportal.phone.pin.Pins;
import org.mfaportal.push.device.PushDevices;
import org.mfaportal.questions.SecurityAnswers;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.sms.SmsCredential;
import org.mfaportal.voice.VoiceCredential;

/** Reads a user's second factors into {@link SecondFactorsJson}, numbers masked. */
final class SecondFactorsReader {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    SecondFactorsReader(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    SecondFactorsJson read(PortalAdminAccess access) {
        PortalSettings settings = PortalSettings.of(realm);
        // The numbers of now, as the user's next sign-in will use them.
        DirectoryPhones.reconcile(settings, user);
        String defaultType = DefaultMethod.of(user).map(CredentialModel::getType).orElse(null);
        List<SecondFactorsJson.MethodJson> methods =
                Method.defaultable().stream()
                        .map(
                                method ->
                                        new SecondFactorsJson.MethodJson(
                                                method.credentialType(),
                                                method.displayNameKey(),
                                                method.allowedBy(settings),
                                                holds(method.credentialType()),
                                                method.credentialType().equals(defaultType)))
                        .toList();
        return new SecondFactorsJson(
                user.getId(),
                user.getUsername(),
                methods,
                defaultType,
                SmsCredential.STORE
                        .dataOf(user)
                        .map(
                                data ->
                                        new SecondFactorsJson.TextJson(
                                                PhoneCredentialData.masked(data.number()),
                                                SecondFactorsJson.sourceOf(data)))
                        .orElse(null),
                VoiceCredential.STORE
                        .dataOf(user)
                        .map(
                                data ->
                                        new SecondFactorsJson.VoiceJson(
                                                PhoneCredentialData.masked(data.number()),
                                                data.extension(),
                                                data.backupNumber() == null
                                                        ? null
                                                        : PhoneCredentialData.masked(
                                                                data.backupNumber()),
                                                data.locked(),
                                                SecondFactorsJson.sourceOf(data)))
                        .orElse(null),
                PushDevices.of(user).stream()
                        .map(
                                device ->
                                        new SecondFactorsJson.DeviceJson(
                                                device.credentialId(),
                                                device.name(),
                                                device.enrolledAt()))
                        .toList(),
                otp(),
                new SecurityAnswers(session, realm).has(user),
                new SecondFactorsJson.PinJson(
                        PinPolicy.requiredFor(settings, user),
                        settings.flag(PortalSetting.PIN_REQUIRED),
                        Boolean.parseBoolean(
                                user.getFirstAttribute(Pins.REQUIRED_FOR_USER_ATTRIBUTE)),
                        new Pins(session, realm).has(user)),
                new Bypasses(session)
                        .find(realm, user)
                        .map(
                                bypass ->
                                        new SecondFactorsJson.BypassJson(
                                                bypass.expiresAt(), bypass.grantedBy()))
                        .orElse(null),
                Lockout.of(session, realm, user).map(Enum::name).orElse(null),
                access.canManageSecondFactors(user),
                access.canRevealNumbers(user));
    }

    private List<SecondFactorsJson.OtpJson> otp() {
        // An assigned token carries its serial in this attribute; an authenticator app does not.
        Set<String> serials =
                user.getAttributeStream(TokenSerials.ATTRIBUTE)
                        .map(serial -> serial.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .map(
                        credential ->
                                new SecondFactorsJson.OtpJson(
                                        credential.getId(),
                                        credential.getUserLabel(),
                                        OathCredentials.summaryOf(credential).type(),
                                        credential.getUserLabel() != null
                                                && serials.contains(
                                                        credential
                                                                .getUserLabel()
                                                                .toLowerCase(Locale.ROOT))))
                .toList();
    }

    private boolean holds(String type) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(type)
                .findAny()
                .isPresent();
    }
}
