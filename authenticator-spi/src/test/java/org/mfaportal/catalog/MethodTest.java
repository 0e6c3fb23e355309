package org.mfaportal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

class MethodTest {

    private static final PortalSettings DEFAULTS = PortalSettings.from(attribute -> null);

    private static PortalSettings with(Map<PortalSetting, String> values) {
        return PortalSettings.from(
                attribute ->
                        values.entrySet().stream()
                                .filter(entry -> entry.getKey().attribute().equals(attribute))
                                .map(Map.Entry::getValue)
                                .findFirst()
                                .orElse(null));
    }

    @Test
    void aNewUserIsOfferedCallTextAppAndAuthenticatorAppInThatOrder() {
        assertThat(Method.offeredForSetup(DEFAULTS, action -> true))
                .containsExactly(Method.VOICE, Method.SMS, Method.PUSH, Method.OTP);
    }

    @Test
    void aSetupTheAdministratorSwitchedOffIsNotOffered() {
        assertThat(Method.offeredForSetup(DEFAULTS, action -> !action.equals("mfa-sms-setup")))
                .containsExactly(Method.VOICE, Method.PUSH, Method.OTP);
    }

    @Test
    void withoutTheMobileAppThePushMethodIsNeitherOfferedNorAllowed() {
        PortalSettings noApp = with(Map.of(PortalSetting.MOBILE_APP_ALLOWED, "false"));
        assertThat(Method.offeredForSetup(noApp, action -> true)).doesNotContain(Method.PUSH);
        assertThat(Method.PUSH.allowedBy(noApp)).isFalse();
        assertThat(Method.VOICE.allowedBy(noApp)).isTrue();
    }

    @Test
    void aThirdPartyTokenIsOfferedOnlyWhereTheRealmAsksForItAndAllowsAssociation() {
        PortalSettings asks = with(Map.of(PortalSetting.ENROLLMENT_ASKS_OATH_TOKEN, "true"));
        PortalSettings asksAndAllows =
                with(
                        Map.of(
                                PortalSetting.ENROLLMENT_ASKS_OATH_TOKEN,
                                "true",
                                PortalSetting.OATH_ASSOCIATION_ALLOWED,
                                "true"));
        assertThat(Method.offeredForSetup(asks, action -> true)).doesNotContain(Method.OATH_TOKEN);
        assertThat(Method.offeredForSetup(asksAndAllows, action -> true))
                .endsWith(Method.OTP, Method.OATH_TOKEN);
    }

    @Test
    void theDefaultMethodIsChosenAmongCallTextAppAndOathInThePortalsOrder() {
        assertThat(Method.defaultable())
                .containsExactly(Method.VOICE, Method.SMS, Method.PUSH, Method.OTP);
        assertThat(DefaultMethod.TYPES).containsExactly("mfa-voice", "mfa-sms", "mfa-push", "otp");
    }

    @Test
    void anOtpCredentialBelongsToTheAuthenticatorAppWhicheverWayItWasSetUp() {
        assertThat(Method.ofCredentialType("otp")).contains(Method.OTP);
        assertThat(Method.ofCredentialType("mfa-push")).contains(Method.PUSH);
        assertThat(Method.ofCredentialType("mfa-pin")).isEmpty();
        assertThat(Method.ofCredentialType("webauthn")).isEmpty();
    }

    @Test
    void securityQuestionsAreAFallbackNeverASecondFactorNorOfferedAtSetup() {
        assertThat(Method.QUESTIONS.secondFactor()).isFalse();
        assertThat(Method.QUESTIONS.canBeDefault()).isFalse();
        assertThat(Method.offeredForSetup(DEFAULTS, action -> true))
                .doesNotContain(Method.QUESTIONS);
    }

    @Test
    void everyMethodHasItsOwnSetupAction() {
        Set<String> actions =
                Set.copyOf(Arrays.stream(Method.values()).map(Method::setupAction).toList());
        assertThat(actions).hasSize(Method.values().length);
    }
}
