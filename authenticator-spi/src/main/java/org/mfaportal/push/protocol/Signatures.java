package org.mfaportal.push.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * RSASSA-PKCS1-v1_5 with SHA-256 over the UTF-8 bytes of a signed string, in padded base32 (both
 * directions).
 */
public final class Signatures {

    private static final String ALGORITHM = "SHA256withRSA";

    private Signatures() {}

    public static String sign(PrivateKey key, String message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return Base32.encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** False for a wrong signature, bad base32, or anything else that does not verify. */
    public static boolean verify(PublicKey key, String message, String base32Signature) {
        if (key == null
                || message == null
                || base32Signature == null
                || base32Signature.isBlank()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base32.decode(base32Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
