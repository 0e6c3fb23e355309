package org.mfaportal.voice;

import org.mfaportal.catalog.Method;
import org.mfaportal.phone.PhoneCredentials;

/**
 * The voice method's credential type: primary number (+ extension) and an optional backup number.
 */
public final class VoiceCredential {

    public static final String TYPE = Method.VOICE.credentialType();
    public static final PhoneCredentials STORE = new PhoneCredentials(TYPE);

    private VoiceCredential() {}
}
