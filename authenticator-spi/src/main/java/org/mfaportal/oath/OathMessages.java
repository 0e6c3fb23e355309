package org.mfaportal.oath;

/**
 * Message keys of the token association page and the token form, mirrored in messages_*.properties.
 */
public final class OathMessages {

    public static final String CODE_LABEL = "mfaOathCodeLabel";
    public static final String NOT_ALLOWED = "mfaOathNotAllowed";
    public static final String SERIAL_INVALID = "mfaOathSerialInvalid";
    public static final String SERIAL_UNKNOWN = "mfaOathSerialUnknown";
    public static final String SERIAL_TAKEN = "mfaOathSerialTaken";
    public static final String SECRET_INVALID = "mfaOathSecretInvalid";
    public static final String CODE_WRONG = "mfaOathCodeWrong";

    /** An HOTP token was named but only one code typed. */
    public static final String NEXT_CODE_MISSING = "mfaOathNextCodeMissing";

    /** The two codes of an HOTP token are not two consecutive codes of it. */
    public static final String CODES_WRONG = "mfaOathCodesWrong";

    /** The token was a fallback and its session (oathFallbackSessionMinutes) is over. */
    public static final String FALLBACK_EXPIRED = "mfaOathFallbackExpired";

    private OathMessages() {}
}
