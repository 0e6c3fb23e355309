package org.mfaportal.push.base;

import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.mfaportal.push.protocol.RsaKeys;

/**
 * One phone of a user: its serial, the key it signs with, and the server key pair that signs what
 * it receives. {@code credentialId} is null while the device is activated but not yet confirmed.
 */
public record PushDevice(
        String credentialId,
        String name,
        String serial,
        String deviceKeySpki,
        String serverKeySpki,
        String serverPrivateKeyPkcs8,
        long enrolledAt) {

    public RSAPublicKey deviceKey() {
        return RsaKeys.fromSpki(deviceKeySpki);
    }

    public RSAPublicKey serverPublicKey() {
        return RsaKeys.fromSpki(serverKeySpki);
    }

    public PrivateKey serverPrivateKey() {
        return RsaKeys.fromPkcs8(serverPrivateKeyPkcs8);
    }

    public boolean confirmed() {
        return credentialId != null;
    }
}
