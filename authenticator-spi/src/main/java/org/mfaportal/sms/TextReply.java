package org.mfaportal.sms;

/** A reply text: the code, then the PIN where one is required ("483920 1357" or "4839201357"). */
record TextReply(String code, String pin) {

    static TextReply parse(String body, int codeLength) {
        String digits = body == null ? "" : body.replaceAll("[\\s\\-.]", "");
        if (!digits.matches("\\d+") || digits.length() < codeLength) {
            return new TextReply("", "");
        }
        return new TextReply(digits.substring(0, codeLength), digits.substring(codeLength));
    }
}
