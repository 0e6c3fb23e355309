package org.mfaportal.settings;

/**
 * Every option of the portal, with its public key, type and default (the seed's). Keys are a public
 * contract: the admin API and realm exports use them; the realm stores each under {@link
 * #attribute()}.
 */
public enum PortalSetting {

    /** Users may open the portal (the account console's two-step verification page). */
    USER_LOGIN_ALLOWED("userLoginAllowed", new BooleanType(), "true"),
    /** Users without a second factor are taken to setup at sign-in. */
    ENROLLMENT_ALLOWED("enrollmentAllowed", new BooleanType(), "true"),
    ENROLLMENT_ASKS_BACKUP_PHONE("enrollmentAsksBackupPhone", new BooleanType(), "false"),
    ENROLLMENT_ASKS_OATH_TOKEN("enrollmentAsksOathToken", new BooleanType(), "false"),

    BYPASS_ALLOWED("bypassAllowed", new BooleanType(), "false"),
    BYPASS_DEFAULT_SECONDS("bypassDefaultSeconds", new WholeNumberType(30, 86_400), "300"),
    BYPASS_USER_CHOOSES_SECONDS("bypassUserChoosesSeconds", new BooleanType(), "false"),
    BYPASS_MAX_SECONDS("bypassMaxSeconds", new WholeNumberType(30, 86_400), "3600"),

    SELECT_METHOD_ALLOWED("selectMethodAllowed", new BooleanType(), "true"),
    SELECT_LANGUAGE_ALLOWED("selectLanguageAllowed", new BooleanType(), "true"),

    MOBILE_APP_ALLOWED("mobileAppAllowed", new BooleanType(), "true"),
    MOBILE_APP_MAX_DEVICES("mobileAppMaxDevices", new WholeNumberType(1, 10), "1"),
    /** How long an activation code (and its QR code) can be used by the app. */
    MOBILE_APP_ACTIVATION_MINUTES("mobileAppActivationMinutes", new WholeNumberType(1, 60), "10"),
    /** The sign-in page shows a number that the user picks on the phone (against push fatigue). */
    PUSH_NUMBER_MATCHING("pushNumberMatching", new BooleanType(), "true"),
    PUSH_CHALLENGE_SECONDS("pushChallengeSeconds", new WholeNumberType(30, 600), "120"),
    /** Anti-fatigue: open pushes at once, and denials after which no push goes out for the hour. */
    PUSH_OPEN_PER_USER("pushOpenPerUser", new WholeNumberType(1, 5), "1"),
    PUSH_DENIALS_PER_USER_PER_HOUR("pushDenialsPerUserPerHour", new WholeNumberType(1, 20), "3"),
    /**
     * How a push reaches the phone (issue 17.3): "poll" (the app polls; its QR code says poll_only)
     * or "firebase" (a Firebase Cloud Messaging wake-up, and the app still polls).
     */
    PUSH_NOTIFIER("pushNotifier", new OneOfType(java.util.List.of("poll", "firebase")), "poll"),
    /** The Firebase project to send through; empty: the service account's own project_id. */
    PUSH_FIREBASE_PROJECT_ID(
            "pushFirebaseProjectId",
            new PatternTextType(
                    java.util.regex.Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]"),
                    "a Firebase project id (6 to 30 lower-case letters, digits and hyphens)"),
            ""),
    /**
     * Where the service account's JSON key comes from: a vault reference such as ${vault.firebase},
     * read with the realm's vault; empty: the operator's file (SPI option credentials-file). Never
     * the key itself.
     */
    PUSH_FIREBASE_CREDENTIALS(
            "pushFirebaseCredentials",
            new PatternTextType(
                    java.util.regex.Pattern.compile("\\$\\{vault\\.[A-Za-z0-9_.-]{1,100}\\}"),
                    "a vault reference such as ${vault.firebase}"),
            ""),

    QUESTIONS_FALLBACK("questionsFallback", new BooleanType(), "false"),
    QUESTIONS_AT_ENROLLMENT("questionsAtEnrollment", new WholeNumberType(1, 10), "4"),
    QUESTIONS_TO_ANSWER("questionsToAnswer", new WholeNumberType(1, 10), "2"),

    OATH_ASSOCIATION_ALLOWED("oathAssociationAllowed", new BooleanType(), "false"),
    OATH_FALLBACK("oathFallback", new BooleanType(), "false"),
    OATH_FALLBACK_SESSION_MINUTES("oathFallbackSessionMinutes", new WholeNumberType(1, 60), "5"),

    PHONE_DEFAULT_REGION("phoneDefaultRegion", new CountryCodeType(), "US"),
    /**
     * Against toll fraud through setup: the kinds of number (libphonenumber's types) each method
     * may use, and the countries numbers may belong to (empty: every country; never the
     * non-geographic codes such as +882 or +979, which are satellite, premium or international
     * networks).
     */
    CALL_NUMBER_TYPES(
            "callNumberTypes", NumberTypes.SETTING_TYPE, "FIXED_LINE,FIXED_LINE_OR_MOBILE,MOBILE"),
    TEXT_NUMBER_TYPES("textNumberTypes", NumberTypes.SETTING_TYPE, "FIXED_LINE_OR_MOBILE,MOBILE"),
    PHONE_COUNTRIES(
            "phoneCountries",
            new ChoiceListType(
                    java.util.Set.of(java.util.Locale.getISOCountries()),
                    "two-letter ISO 3166 country codes such as US or DE",
                    "every country"),
            ""),
    /**
     * Every voice call and two-way text asks for the user's PIN (an admin can also require it per
     * user).
     */
    PIN_REQUIRED("pinRequired", new BooleanType(), "false"),
    PIN_MIN_LENGTH("pinMinLength", new WholeNumberType(4, 12), "4"),
    PIN_MAX_LENGTH("pinMaxLength", new WholeNumberType(4, 12), "8"),
    /**
     * Text codes: digits, lifetime, and whether the user replies by text instead of typing the
     * code.
     */
    CODE_LENGTH("codeLength", new WholeNumberType(4, 10), "6"),
    CODE_LIFETIME_SECONDS("codeLifetimeSeconds", new WholeNumberType(60, 1800), "300"),
    SMS_TWO_WAY("smsTwoWay", new BooleanType(), "false"),
    /**
     * Against toll fraud and SMS pumping: a resend waits, and every send counts against three
     * limits.
     */
    RESEND_COOLDOWN_SECONDS("resendCooldownSeconds", new WholeNumberType(10, 600), "30"),
    SENDS_PER_USER_PER_HOUR("sendsPerUserPerHour", new WholeNumberType(1, 100), "6"),
    SENDS_PER_NUMBER_PER_HOUR("sendsPerNumberPerHour", new WholeNumberType(1, 100), "6"),
    SENDS_PER_REALM_PER_MINUTE("sendsPerRealmPerMinute", new WholeNumberType(1, 100_000), "120"),

    /**
     * Enrollment invitations (issue 14.6): users created by an administrator (admin REST, console,
     * partial import) are emailed one; how long its link works.
     */
    INVITATION_ON_IMPORT("invitationOnImport", new BooleanType(), "false"),
    INVITATION_LINK_HOURS("invitationLinkHours", new WholeNumberType(1, 720), "72"),

    /** Client addresses from which the second step is skipped (for users who have one). */
    TRUSTED_RANGES("trustedRanges", new AddressRangesType(200_000), ""),

    /** Who is emailed when a user reports fraud (0# on a call, a denial in the mobile app). */
    FRAUD_ALERT_RECIPIENTS("fraudAlertRecipients", new EmailListType(20), ""),
    /** Days a fraud report blocks the user's second step (0: no block). */
    FRAUD_BLOCK_DAYS("fraudBlockDays", new WholeNumberType(0, 365), "0"),

    /**
     * Numbers from a company directory (issue 15.1): the user attributes (filled by the LDAP
     * provider's mappers) read for calls and for texts, first valid one wins, and what such a
     * number is: off, a suggestion the user confirms at setup, or the enrolled method itself.
     */
    DIRECTORY_CALL_ATTRIBUTES(
            "directoryCallAttributes",
            new AttributeNamesType(10),
            "telephoneNumber,otherTelephone"),
    DIRECTORY_TEXT_ATTRIBUTES("directoryTextAttributes", new AttributeNamesType(10), "mobile"),
    DIRECTORY_NUMBERS(
            "directoryNumbers",
            new OneOfType(java.util.List.of("off", "suggest", "enrolled")),
            "off"),

    /**
     * Days a browser may skip the second step after the user ticked "don't ask again" (0: never
     * offered, and remembered browsers no longer skip).
     */
    REMEMBER_BROWSER_DAYS("rememberBrowserDays", new WholeNumberType(0, 90), "0"),
    /** A password change forgets all of the user's remembered browsers. */
    FORGET_BROWSERS_ON_PASSWORD_CHANGE("forgetBrowsersOnPasswordChange", new BooleanType(), "true");

    /** Realm attributes of the portal share this prefix, so they are easy to find in an export. */
    public static final String ATTRIBUTE_PREFIX = "mfaPortal.";

    private final String key;
    private final SettingType type;
    private final String fallback;

    PortalSetting(String key, SettingType type, String fallback) {
        this.key = key;
        this.type = type;
        this.fallback = fallback;
    }

    public String key() {
        return key;
    }

    public SettingType type() {
        return type;
    }

    public String fallback() {
        return fallback;
    }

    /** The realm attribute that stores this setting. */
    public String attribute() {
        return ATTRIBUTE_PREFIX + key;
    }

    public static PortalSetting byKey(String key) {
        for (PortalSetting setting : values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }
}
