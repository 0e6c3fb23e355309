package org.mfaportal.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * The one list of the portal's sign-in methods, in the order pages list them. Everything that asks
 * "which methods are there" reads it: the setup choice, the default method, the account page, the
 * check for a second factor. Plain ids only, so every layer can read it; each method's own
 * constants (credential type, setup action id, display keys) refer back here.
 */
public enum Method {
    VOICE(
            "mfa-voice",
            "mfa-voice-setup",
            "mfaVoiceDisplayName",
            "mfaVoiceHelpText",
            Kind.SECOND_FACTOR),
    SMS("mfa-sms", "mfa-sms-setup", "mfaSmsDisplayName", "mfaSmsHelpText", Kind.SECOND_FACTOR),
    /** Exists only where the realm allows the mobile app. */
    PUSH(
            "mfa-push",
            "mfa-push-setup",
            "mfaPushDisplayName",
            "mfaPushHelpText",
            Kind.SECOND_FACTOR,
            PortalSetting.MOBILE_APP_ALLOWED),
    /** An authenticator app, set up with Keycloak's own OTP action. */
    OTP(
            CredentialModel.OTP,
            UserModel.RequiredAction.CONFIGURE_TOTP.name(),
            "mfaOathDisplayName",
            "mfaOathHelpText",
            Kind.SECOND_FACTOR),
    /**
     * A third-party OATH token: the same credential type as {@link #OTP}, set up by associating a
     * token; offered at enrollment only where the realm asks for it (the seed's "prompt for
     * third-party OATH token").
     */
    OATH_TOKEN(
            CredentialModel.OTP,
            "mfa-oath-associate",
            "mfaOathAssociateTitle",
            "mfaOathHelpText",
            Kind.OTHER_SETUP_OF_A_TYPE,
            PortalSetting.ENROLLMENT_ASKS_OATH_TOKEN,
            PortalSetting.OATH_ASSOCIATION_ALLOWED),
    /** The fallback after a failed second step: never a second factor of its own. */
    QUESTIONS(
            "mfa-questions",
            "mfa-questions-setup",
            "mfaQuestionsDisplayName",
            "mfaQuestionsHelpText",
            Kind.FALLBACK);

    /** What a method is to a sign-in. */
    private enum Kind {
        /** A second step of its own, and a possible default method. */
        SECOND_FACTOR,
        /**
         * A second setup of another entry's credential type: a second factor, but that entry is the
         * default.
         */
        OTHER_SETUP_OF_A_TYPE,
        /** Asked only when the second step failed. */
        FALLBACK
    }

    private final String credentialType;
    private final String setupAction;
    private final String displayNameKey;
    private final String helpTextKey;
    private final Kind kind;
    private final List<PortalSetting> needs;

    Method(
            String credentialType,
            String setupAction,
            String displayNameKey,
            String helpTextKey,
            Kind kind,
            PortalSetting... needs) {
        this.credentialType = credentialType;
        this.setupAction = setupAction;
        this.displayNameKey = displayNameKey;
        this.helpTextKey = helpTextKey;
        this.kind = kind;
        this.needs = List.of(needs);
    }

    /** The Keycloak credential type a user holds once set up. */
    public String credentialType() {
        return credentialType;
    }

    /** The required action (alias and provider id) that sets it up. */
    public String setupAction() {
        return setupAction;
    }

    /** Message key of its name, mirrored in messages_*.properties. */
    public String displayNameKey() {
        return displayNameKey;
    }

    /** Message key of its one-line description. */
    public String helpTextKey() {
        return helpTextKey;
    }

    /** Whether holding it means having a second factor (the fallback questions do not). */
    public boolean secondFactor() {
        return kind != Kind.FALLBACK;
    }

    /** Whether a user may choose it as the method the sign-in tries first. */
    public boolean canBeDefault() {
        return kind == Kind.SECOND_FACTOR;
    }

    /** The portal flags the realm must set for it to be offered (set up, listed, counted). */
    public List<PortalSetting> needs() {
        return needs;
    }

    /** Whether the realm's settings allow it. */
    public boolean allowedBy(PortalSettings settings) {
        return needs.stream().allMatch(settings::flag);
    }

    /**
     * The methods a user without a second factor may choose to set up, in the order the page lists
     * them: second factors whose setup action the realm has enabled and whose flags it sets.
     */
    public static List<Method> offeredForSetup(
            PortalSettings settings, Predicate<String> setupActionEnabled) {
        return Arrays.stream(values())
                .filter(
                        method ->
                                method.secondFactor()
                                        && setupActionEnabled.test(method.setupAction)
                                        && method.allowedBy(settings))
                .toList();
    }

    /** The methods a user may choose as default, in the order the portal lists them. */
    public static List<Method> defaultable() {
        return Arrays.stream(values()).filter(Method::canBeDefault).toList();
    }

    /**
     * The method a credential type belongs to; for a type with several setups, the one that can be
     * default.
     */
    public static Optional<Method> ofCredentialType(String type) {
        return Arrays.stream(values())
                .filter(method -> method.credentialType.equals(type))
                .findFirst();
    }
}
