package org.mfaportal.sms;

/** A reply text: the code, then the PIN where one is required ("483920 1357" or "4839201357"). */
record TextReply(String code, String pin) {

    static TextReply parse(String body, int codeLength) {
        // NFKC turns full-width digits (common from Japanese phones) into ASCII ones.
        String normalised =
                body == null
                        ? ""
                        : java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFKC);
        String digits = normalised.replaceAll("[\\s\\-.]", "");
        if (!digits.matches("\\d+") || digits.length() < codeLength) {
            return new TextReply("", "");
        }
        return new TextReply(digits.substring(0, codeLength), digits.substring(codeLength));
    }
}
