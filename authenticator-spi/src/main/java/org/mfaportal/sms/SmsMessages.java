package org.mfaportal.sms;

import org.mfaportal.catalog.Method;

/** Message keys of the text-message method, mirrored in messages_*.properties. */
public final class SmsMessages {

    public static final String TEXT_CODE = "mfaSmsTextCode";
    public static final String TEXT_REPLY = "mfaSmsTextReply";
    public static final String TEXT_REPLY_PIN = "mfaSmsTextReplyPin";

    public static final String DISPLAY_NAME = Method.SMS.displayNameKey();
    public static final String HELP_TEXT = Method.SMS.helpTextKey();
    public static final String CODE_TITLE = "mfaSmsCodeTitle";
    public static final String CODE_LABEL = "mfaSmsCodeLabel";
    public static final String RESEND = "mfaSmsResend";
    public static final String RESENT = "mfaSmsResent";
    public static final String CODE_WRONG = "mfaSmsCodeWrong";
    public static final String CODE_EXPIRED = "mfaSmsCodeExpired";
    public static final String CODE_EXHAUSTED = "mfaSmsCodeExhausted";
    public static final String REPLY_TITLE = "mfaSmsReplyTitle";
    public static final String REPLY_INSTRUCTION = "mfaSmsReplyInstruction";
    public static final String REPLY_INSTRUCTION_PIN = "mfaSmsReplyInstructionPin";
    public static final String REPLY_WRONG = "mfaSmsReplyWrong";

    /** The user replied STOP: Twilio blocks texts to the number until it replies START. */
    public static final String REPLIES_STOPPED = "mfaSmsRepliesStopped";

    /** The gateway reported the text undelivered or failed. */
    public static final String NOT_DELIVERED = "mfaSmsNotDelivered";

    public static final String REPLY_WRONG_PIN = "mfaSmsReplyWrongPin";

    public static final String SETUP_TITLE = "mfaSmsSetupTitle";
    public static final String SETUP_NUMBER = "mfaSmsSetupNumber";
    public static final String SETUP_TEXT_ME = "mfaSmsSetupTextMe";

    private SmsMessages() {}

    /** What the page says after a reply that did not confirm. */
    public static String replyProblem(org.mfaportal.waiting.Ticket.State state) {
        return switch (state) {
            case WRONG_PIN -> REPLY_WRONG_PIN;
            case REPLIES_STOPPED -> REPLIES_STOPPED;
            case UNDELIVERED -> NOT_DELIVERED;
            default -> REPLY_WRONG;
        };
    }
}
