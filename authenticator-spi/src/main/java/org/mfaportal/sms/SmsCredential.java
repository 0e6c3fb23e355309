package org.mfaportal.sms;

import org.mfaportal.catalog.Method;
import org.mfaportal.phone.PhoneCredentials;

/** The text-message method's credential type: one mobile number. */
public final class SmsCredential {

    public static final String TYPE = Method.SMS.credentialType();
    public static final PhoneCredentials STORE = new PhoneCredentials(TYPE);

    private SmsCredential() {}
}
