package org.mfaportal.radius;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The Response Authenticator of RFC 2865 §3: MD5(Code + Identifier + Length + Request Authenticator
 * + Attributes + Secret). A response whose authenticator is wrong comes from a server with another
 * secret, or from someone else: it is dropped as if never received.
 */
final class ResponseAuthenticator {

    private ResponseAuthenticator() {}

    static byte[] compute(byte[] response, byte[] requestAuthenticator, byte[] secret) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(response, 0, 4);
            md5.update(requestAuthenticator);
            md5.update(response, 20, response.length - 20);
            md5.update(secret);
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    static boolean verify(byte[] response, byte[] requestAuthenticator, byte[] secret) {
        return MessageDigest.isEqual(
                compute(response, requestAuthenticator, secret),
                Arrays.copyOfRange(response, 4, 20));
    }
}
