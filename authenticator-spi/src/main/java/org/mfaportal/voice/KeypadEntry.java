package org.mfaportal.voice;

/**
 * What the person on the call typed before #: nothing (plain confirmation), a PIN, or "0" (the
 * seed's fraud report: "this was not me"). Only input finished with # was really entered: when the
 * keypad times out (silence, a voicemail greeting, keys typed but never finished), Twilio still posts
 * the Gather's action (actionOnEmptyResult) with an empty FinishedOnKey, and that confirms nothing.
 */
record KeypadEntry(String digits, boolean finished) {

    /** The Gather's finishOnKey: the one key a person presses on purpose and a greeting cannot. */
    static final String FINISH_KEY = "#";

    static KeypadEntry of(String gathered, String finishedOnKey) {
        String digits = gathered == null ? "" : gathered.replace(FINISH_KEY, "").trim();
        return new KeypadEntry(digits.matches("[0-9*]{0,20}") ? digits : "", FINISH_KEY.equals(finishedOnKey));
    }

    boolean isFraudReport() {
        return finished && digits.equals("0");
    }
}
