package org.mfaportal.voice;

import org.mfaportal.catalog.Method;

/** Message keys of the voice method (pages and call wording), mirrored in messages_*.properties. */
public final class VoiceMessages {

    public static final String CALL_GREETING = "mfaVoiceCallGreeting";
    public static final String CALL_GREETING_PIN = "mfaVoiceCallGreetingPin";
    public static final String CALL_APPROVED = "mfaVoiceCallApproved";

    /** The number the page says it calls, with the extension dialled once connected. */
    public static final String PHONE_WITH_EXTENSION = "mfaVoicePhoneWithExtension";

    /** The setup call's own words: it confirms a phone, not a sign-in. */
    public static final String SETUP_CALL_GREETING = "mfaVoiceSetupCallGreeting";

    public static final String SETUP_CALL_GREETING_PIN = "mfaVoiceSetupCallGreetingPin";
    public static final String SETUP_CALL_APPROVED = "mfaVoiceSetupCallApproved";
    public static final String CALL_WRONG_PIN = "mfaVoiceCallWrongPin";
    public static final String CALL_FRAUD_RECORDED = "mfaVoiceCallFraudRecorded";
    public static final String CALL_GOODBYE = "mfaVoiceCallGoodbye";
    public static final String CALL_NOT_CONFIRMED = "mfaVoiceCallNotConfirmed";

    public static final String DISPLAY_NAME = Method.VOICE.displayNameKey();
    public static final String HELP_TEXT = Method.VOICE.helpTextKey();
    public static final String WAIT_TITLE = "mfaVoiceWaitTitle";
    public static final String WAIT_INSTRUCTION = "mfaVoiceWaitInstruction";
    public static final String WAIT_INSTRUCTION_PIN = "mfaVoiceWaitInstructionPin";
    public static final String CALL_AGAIN = "mfaVoiceCallAgain";
    public static final String NO_ANSWER = "mfaVoiceNoAnswer";
    public static final String BUSY = "mfaVoiceBusy";
    public static final String NOT_CONFIRMED = "mfaVoiceNotConfirmed";
    public static final String CALL_FAILED = "mfaVoiceCallFailed";
    public static final String WRONG_PIN = "mfaVoiceWrongPin";
    public static final String FRAUD_REPORTED = "mfaVoiceFraudReported";
    public static final String LOCKED = "mfaVoiceLocked";

    public static final String SETUP_TITLE = "mfaVoiceSetupTitle";
    public static final String SETUP_NUMBER = "mfaVoiceSetupNumber";
    public static final String SETUP_CALL_ME = "mfaVoiceSetupCallMe";
    public static final String EXTENSION_INVALID = "mfaVoiceExtensionInvalid";

    private VoiceMessages() {}

    /**
     * What the waiting page says of a call that ended without approval (sign-in and setup alike).
     */
    static String callProblem(org.mfaportal.waiting.Ticket.State state) {
        return switch (state) {
            case WRONG_PIN -> WRONG_PIN;
            case BUSY -> BUSY;
            case NO_ANSWER -> NO_ANSWER;
            case NOT_CONFIRMED -> NOT_CONFIRMED;
            case FRAUD_REPORTED -> FRAUD_REPORTED;
            default -> CALL_FAILED;
        };
    }

    /**
     * The masked number the page names, with its extension where one is dialled ("+1 ••• 0100,
     * extension 42").
     */
    static String calledPhone(
            org.keycloak.models.KeycloakSession session,
            org.keycloak.models.UserModel user,
            org.mfaportal.phone.PhoneCredentialData phone) {
        String masked = org.mfaportal.phone.PhoneCredentialData.masked(phone.number());
        return phone.extension() == null
                ? masked
                : org.mfaportal.phone.PhoneMessages.format(
                        session,
                        session.getContext().resolveLocale(user),
                        PHONE_WITH_EXTENSION,
                        masked,
                        phone.extension());
    }
}
