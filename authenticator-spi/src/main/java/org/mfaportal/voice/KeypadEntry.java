package org.mfaportal.voice;

/**
 * What the person on the call typed before #: nothing (plain confirmation), a PIN, or "0" (the
 * seed's fraud report: "this was not me").
 */
record KeypadEntry(String digits) {

    static KeypadEntry of(String gathered) {
        String digits = gathered == null ? "" : gathered.replace("#", "").trim();
        return new KeypadEntry(digits.matches("[0-9*]{0,20}") ? digits : "");
    }

    boolean isFraudReport() {
        return digits.equals("0");
    }
}
