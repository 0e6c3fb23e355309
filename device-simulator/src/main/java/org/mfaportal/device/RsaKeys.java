package org.mfaportal.device;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The key formats and signatures of pipush (spec §8): the device sends its key as b64
 * SubjectPublicKeyInfo, the server answers with b64 PKCS#1 RSAPublicKey (with line breaks), both
 * sign RSASSA-PKCS1-v1_5 / SHA-256 and send the signature in padded base32.
 */
public final class RsaKeys {

    private RsaKeys() {}

    /** e = 65537 like the app's PointyCastle generator. */
    public static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make RSA keys", e);
        }
    }

    /**
     * The enrollment's {@code pubkey} field: standard padded b64 of the DER SPKI, no PEM header, no
     * line breaks.
     */
    public static String spkiBase64(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * Reads an SPKI as the server does: url-safe letters and spaces (a '+' lost in a form) are
     * repaired.
     */
    public static PublicKey fromSpkiBase64(String text) {
        String standard = text.replace('-', '+').replace('_', '/').replace(' ', '+');
        return rsa(new X509EncodedKeySpec(Base64.getDecoder().decode(standard)));
    }

    /**
     * Reads {@code detail.public_key} as the app does: drop every '\n', b64-decode, SEQUENCE { n, e
     * }.
     */
    public static RSAPublicKey fromPkcs1Base64(String text) {
        byte[] der = Base64.getDecoder().decode(text.replace("\n", ""));
        Der outer = Der.reading(der);
        Der fields = Der.reading(outer.read(Der.SEQUENCE));
        if (!outer.atEnd()) {
            throw new IllegalArgumentException("PKCS#1: trailing bytes after RSAPublicKey");
        }
        BigInteger modulus = new BigInteger(fields.read(Der.INTEGER));
        BigInteger exponent = new BigInteger(fields.read(Der.INTEGER));
        if (!fields.atEnd() || modulus.signum() <= 0 || exponent.signum() <= 0) {
            throw new IllegalArgumentException("PKCS#1: not an RSAPublicKey");
        }
        return (RSAPublicKey) rsa(new RSAPublicKeySpec(modulus, exponent));
    }

    /**
     * {@code detail.public_key} as privacyIDEA writes it: PEM body without header, '\n' every 64
     * chars.
     */
    public static String pkcs1Base64(RSAPublicKey key) {
        byte[] der =
                Der.sequence(Der.integer(key.getModulus()), Der.integer(key.getPublicExponent()));
        return Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    }

    public static String privateKeyBase64(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PrivateKey privateKeyFromBase64(String pkcs8) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8)", e);
        }
    }

    /** Padded base32 of SHA256withRSA over the UTF-8 bytes of {@code text}. */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base32.encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with this key", e);
        }
    }

    /**
     * False, never an exception, for a signature that is not even base32: the app drops such
     * requests quietly.
     */
    public static boolean verify(PublicKey key, String text, String base32Signature) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base32.decode(base32Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey rsa(java.security.spec.KeySpec spec) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key", e);
        }
    }
}
