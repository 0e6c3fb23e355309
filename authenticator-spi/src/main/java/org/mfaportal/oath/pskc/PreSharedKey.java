package org.mfaportal.oath.pskc;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6030 section 6.1: values encrypted with AES-CBC under a key both sides already hold, the IV
 * prepended to the ciphertext, and each value authenticated by an HMAC over IV + ciphertext with a
 * MAC key that travels encrypted under the same pre-shared key.
 */
final class PreSharedKey {

    static final String AES128_CBC = "http://www.w3.org/2001/04/xmlenc#aes128-cbc";
    static final String AES256_CBC = "http://www.w3.org/2001/04/xmlenc#aes256-cbc";
    static final String HMAC_SHA1 = "http://www.w3.org/2000/09/xmldsig#hmac-sha1";
    static final String HMAC_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256";
    private static final int BLOCK = 16;

    private final byte[] key;

    PreSharedKey(byte[] key) {
        if (key.length != 16 && key.length != 32) {
            throw new IllegalArgumentException(
                    "the pre-shared key must be 16 or 32 bytes (AES-128 or AES-256)");
        }
        this.key = key.clone();
    }

    /**
     * Decrypts IV + ciphertext; null when the algorithm does not fit the key or the padding is
     * wrong.
     */
    byte[] decrypt(String algorithm, byte[] ivAndCiphertext) {
        boolean fits =
                (AES128_CBC.equals(algorithm) && key.length == 16)
                        || (AES256_CBC.equals(algorithm) && key.length == 32);
        if (!fits || ivAndCiphertext.length < 2 * BLOCK || ivAndCiphertext.length % BLOCK != 0) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(ivAndCiphertext, 0, BLOCK));
            byte[] padded = cipher.doFinal(ivAndCiphertext, BLOCK, ivAndCiphertext.length - BLOCK);
            // XML Encryption padding: the last byte says how many bytes to drop (the others are
            // arbitrary).
            int pad = padded[padded.length - 1] & 0xff;
            return pad < 1 || pad > BLOCK ? null : Arrays.copyOf(padded, padded.length - pad);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /**
     * Whether {@code mac} is the HMAC of {@code ivAndCiphertext} under {@code macKey}, in constant
     * time.
     */
    static boolean macMatches(String algorithm, byte[] macKey, byte[] ivAndCiphertext, byte[] mac) {
        String jca =
                HMAC_SHA1.equals(algorithm)
                        ? "HmacSHA1"
                        : HMAC_SHA256.equals(algorithm) ? "HmacSHA256" : null;
        if (jca == null || macKey.length == 0) {
            return false;
        }
        try {
            Mac hmac = Mac.getInstance(jca);
            hmac.init(new SecretKeySpec(macKey, jca));
            return MessageDigest.isEqual(hmac.doFinal(ivAndCiphertext), mac);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
