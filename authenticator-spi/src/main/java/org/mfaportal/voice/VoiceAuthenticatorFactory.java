package org.mfaportal.voice;

import org.mfaportal.flow.PortalAuthenticatorFactory;

public final class VoiceAuthenticatorFactory extends PortalAuthenticatorFactory {

    public static final String ID = "mfa-voice";

    public VoiceAuthenticatorFactory() {
        super(
                ID,
                "MFA portal - phone call",
                "A phone call answered with the pound key, or the PIN then pound where required; 0# reports fraud.",
                VoiceCredential.TYPE,
                new VoiceAuthenticator());
    }
}
