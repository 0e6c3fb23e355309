package org.mfaportal.push.base;

import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.mfaportal.push.protocol.RsaKeys;

/**
 * One phone of a user: its serial, the key it signs with, and the server key pair that signs what
 * it receives. {@code credentialId} is null while the device is activated but not yet confirmed.
 *
 * @param url where this device talks to (the URL it activated with), or null for devices activated
 *     before it was kept: what a pushed challenge names, never a sign-in's Host
 * @param firebaseToken the app's Firebase registration token, or null (poll only: the app sends
 *     "no_firebase_token")
 */
public record PushDevice(
        String credentialId,
        String name,
        String serial,
        String deviceKeySpki,
        String serverKeySpki,
        String serverPrivateKeyPkcs8,
        long enrolledAt,
        String url,
        String firebaseToken) {

    /** What the app sends at a poll-only rollout instead of a registration token. */
    public static final String NO_FIREBASE_TOKEN = "no_firebase_token";

    /** Longer than any registration token Firebase hands out; anything longer is not one. */
    private static final int FIREBASE_TOKEN_MAX_LENGTH = 4096;

    /** The registration token as the app sent it, or null where it sent none. */
    public static String firebaseTokenOf(String sent) {
        return sent == null
                        || sent.isBlank()
                        || NO_FIREBASE_TOKEN.equals(sent)
                        || sent.length() > FIREBASE_TOKEN_MAX_LENGTH
                ? null
                : sent;
    }

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
