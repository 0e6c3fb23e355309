package org.mfaportal.voice;

import org.mfaportal.phone.gateway.CallScript;

/**
 * What the person on the call typed before #: nothing (plain confirmation), a PIN, or "0" (the
 * seed's fraud report: "this was not me"). Only input finished with # was really entered: when the
 * keypad times out (silence, a voicemail greeting, keys typed but never finished), the gateway
 * still reports the keys, unfinished, and that confirms nothing.
 */
record KeypadEntry(String digits, boolean finished) {

    static KeypadEntry of(String gathered, boolean finished) {
        String digits =
                gathered == null ? "" : gathered.replace(CallScript.Keypad.FINISH_KEY, "").trim();
        return new KeypadEntry(digits.matches("[0-9*]{0,20}") ? digits : "", finished);
    }

    boolean isFraudReport() {
        return finished && digits.equals("0");
    }
}
