package org.mfaportal.push.base;

import org.mfaportal.catalog.Method;

/**
 * Message keys of the mobile app method (pages, and what the phone shows), mirrored in
 * messages_*.properties.
 */
public final class PushMessages {

    public static final String DISPLAY_NAME = Method.PUSH.displayNameKey();
    public static final String HELP_TEXT = Method.PUSH.helpTextKey();

    /** Shown in the app: the question, with the realm's name. */
    public static final String QUESTION = "mfaPushQuestion";

    public static final String WAIT_TITLE = "mfaPushWaitTitle";
    public static final String WAIT_INSTRUCTION = "mfaPushWaitInstruction";
    public static final String SEND_AGAIN = "mfaPushSendAgain";
    public static final String DENIED = "mfaPushDenied";
    public static final String WRONG_NUMBER = "mfaPushWrongNumber";
    public static final String EXPIRED = "mfaPushExpired";
    public static final String TOO_MANY_OPEN = "mfaPushTooManyOpen";

    /** As TOO_MANY_OPEN, with the seconds until that request expires. */
    public static final String TOO_MANY_OPEN_UNTIL = "mfaPushTooManyOpenUntil";

    public static final String TOO_MANY_DENIALS = "mfaPushTooManyDenials";
    public static final String NOT_ALLOWED = "mfaPushNotAllowed";

    public static final String SETUP_TITLE = "mfaPushSetupTitle";
    public static final String DEVICE_NAME_INVALID = "mfaPushDeviceNameInvalid";
    public static final String GENERATE = "mfaPushGenerate";
    public static final String DEVICE_LIMIT = "mfaPushDeviceLimit";
    public static final String ACTIVATION_EXPIRED = "mfaPushActivationExpired";
    public static final String NOT_ACTIVATED_YET = "mfaPushNotActivatedYet";
    public static final String ACTIVATED = "mfaPushActivated";
    public static final String AUTHENTICATE_ME_NOW = "mfaPushAuthenticateMeNow";

    private PushMessages() {}
}
