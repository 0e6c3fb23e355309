package org.mfaportal.sms;

import org.mfaportal.phone.PhoneCredentials;

/** The text-message method's credential type: one mobile number. */
public final class SmsCredential {

    public static final String TYPE = "mfa-sms";
    public static final PhoneCredentials STORE = new PhoneCredentials(TYPE);

    private SmsCredential() {
    }
}
