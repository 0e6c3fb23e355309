package org.mfaportal.push.protocol;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The key formats of the push protocol: the device sends its key as SubjectPublicKeyInfo (b64,
 * sometimes mangled by form decoders), the app expects the server key as PKCS#1 RSAPublicKey with a
 * line break every 64 characters; the server keeps its private key as PKCS#8.
 */
public final class RsaKeys {

    /** As privacyIDEA does: RSA-4096, e = 65537, one pair per device. */
    public static final int SERVER_KEY_BITS = 4096;

    private RsaKeys() {}

    public static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final int MIN_DEVICE_KEY_BITS = 2048;

    /**
     * The device's key from the enrollment form: b64 SPKI, also urlsafe, and with '+' turned into a
     * space by a careless form encoder (privacyIDEA repairs both the same way).
     */
    public static RSAPublicKey parseDeviceKey(String b64) {
        if (b64 == null || b64.isBlank()) {
            throw new IllegalArgumentException("no public key");
        }
        String repaired =
                b64.strip()
                        .replace('-', '+')
                        .replace('_', '/')
                        .replace(' ', '+')
                        .replace("\n", "")
                        .replace("\r", "");
        RSAPublicKey key;
        try {
            key =
                    (RSAPublicKey)
                            KeyFactory.getInstance("RSA")
                                    .generatePublic(
                                            new X509EncodedKeySpec(
                                                    Base64.getDecoder().decode(repaired)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("not an RSA SubjectPublicKeyInfo", e);
        }
        // The app makes 4096-bit keys; anything under 2048 bits is too weak to sign sign-ins with.
        if (key.getModulus().bitLength() < MIN_DEVICE_KEY_BITS) {
            throw new IllegalArgumentException(
                    "an RSA key of "
                            + key.getModulus().bitLength()
                            + " bits; at least "
                            + MIN_DEVICE_KEY_BITS
                            + " are needed");
        }
        return key;
    }

    /** Standard b64 of the SPKI DER, as stored in credential data. */
    public static String spki(RSAPublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static RSAPublicKey fromSpki(String b64) {
        return parseDeviceKey(b64);
    }

    /**
     * PKCS#1 RSAPublicKey DER, b64 with a '\n' every 64 characters: what the app reads in
     * detail.public_key.
     */
    public static String pkcs1Lines(RSAPublicKey key) {
        String b64 = Base64.getEncoder().encodeToString(pkcs1(key));
        StringBuilder lines = new StringBuilder(b64.length() + b64.length() / 64);
        for (int i = 0; i < b64.length(); i += 64) {
            if (i > 0) {
                lines.append('\n');
            }
            lines.append(b64, i, Math.min(b64.length(), i + 64));
        }
        return lines.toString();
    }

    /** SEQUENCE { INTEGER modulus, INTEGER publicExponent }. */
    public static byte[] pkcs1(RSAPublicKey key) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeTlv(body, 0x02, key.getModulus().toByteArray());
        writeTlv(body, 0x02, key.getPublicExponent().toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTlv(out, 0x30, body.toByteArray());
        return out.toByteArray();
    }

    /**
     * Reads a PKCS#1 RSAPublicKey (b64, line breaks allowed), as the app does with
     * detail.public_key.
     */
    public static RSAPublicKey fromPkcs1(String b64) {
        byte[] der = Base64.getDecoder().decode(b64.replace("\n", "").replace("\r", ""));
        int[] position = {0};
        expect(der, position, 0x30);
        readLength(der, position);
        BigInteger modulus = readInteger(der, position);
        BigInteger exponent = readInteger(der, position);
        try {
            return (RSAPublicKey)
                    KeyFactory.getInstance("RSA")
                            .generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String pkcs8(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PrivateKey fromPkcs8(String b64) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void writeTlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(value);
    }

    private static void expect(byte[] der, int[] position, int tag) {
        if (position[0] >= der.length || (der[position[0]++] & 0xff) != tag) {
            throw new IllegalArgumentException("not PKCS#1");
        }
    }

    private static int readLength(byte[] der, int[] position) {
        int first = der[position[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[position[0]++] & 0xff);
        }
        return length;
    }

    private static BigInteger readInteger(byte[] der, int[] position) {
        expect(der, position, 0x02);
        int length = readLength(der, position);
        byte[] value = java.util.Arrays.copyOfRange(der, position[0], position[0] + length);
        position[0] += length;
        return new BigInteger(value);
    }
}
