package org.mfaportal.phone.pin;

/** Message keys of the PIN pages, mirrored in messages_*.properties. */
public final class PinMessages {

    public static final String DISPLAY_NAME = "mfaPinDisplayName";
    public static final String HELP_TEXT = "mfaPinHelpText";
    public static final String NOT_DIGITS = "mfaPinNotDigits";
    public static final String LENGTH = "mfaPinLength";
    public static final String TOO_SIMPLE = "mfaPinTooSimple";
    public static final String MISMATCH = "mfaPinMismatch";

    private PinMessages() {}
}
