package org.mfaportal.voice;

import org.mfaportal.catalog.Method;
import org.mfaportal.flow.PortalRequiredActionFactory;

public final class VoiceSetupRequiredActionFactory extends PortalRequiredActionFactory {

    public static final String ID = Method.VOICE.setupAction();

    public VoiceSetupRequiredActionFactory() {
        super(ID, "MFA portal - set up phone calls", new VoiceSetupRequiredAction());
    }
}
