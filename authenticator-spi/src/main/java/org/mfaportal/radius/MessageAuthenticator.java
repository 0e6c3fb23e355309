package org.mfaportal.radius;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Message-Authenticator attribute (type 80) of RFC 3579 §3.2: HMAC-MD5, keyed with the shared
 * secret, over the whole packet with the attribute's value zeroed and, in a response, the request's
 * authenticator in place of the response's. Every request carries it and every response must (RFC
 * 5080 and the BlastRADIUS advice of 2024): without it a forged Access-Accept could be made from a
 * Reject by an MD5 chosen-prefix collision. Works on raw packets; public for the tests' RADIUS
 * server.
 */
public final class MessageAuthenticator {

    public static final int TYPE = 80;
    private static final int HEADER = 20;
    private static final int VALUE_LENGTH = 16;

    private MessageAuthenticator() {}

    /** The zeroed attribute to put in a packet before it is encoded. */
    public static byte[] placeholder() {
        return new byte[VALUE_LENGTH];
    }

    /** Writes the attribute's value into an encoded request (its own authenticator in place). */
    public static void signRequest(byte[] packet, byte[] secret) {
        int at = requireSingle(packet);
        System.arraycopy(
                hmac(packet, authenticatorOf(packet), at, secret), 0, packet, at, VALUE_LENGTH);
    }

    /** True when the request carries exactly one attribute and it is right. */
    public static boolean verifyRequest(byte[] packet, byte[] secret) {
        return verify(packet, authenticatorOf(packet), secret);
    }

    /**
     * Writes the attribute's value into an encoded response, then its Response Authenticator (RFC
     * 2865 §3), which covers the attribute: the order a server signs in.
     */
    public static void signResponse(byte[] packet, byte[] requestAuthenticator, byte[] secret) {
        int at = requireSingle(packet);
        System.arraycopy(
                hmac(packet, requestAuthenticator, at, secret), 0, packet, at, VALUE_LENGTH);
        System.arraycopy(
                ResponseAuthenticator.compute(packet, requestAuthenticator, secret),
                0,
                packet,
                4,
                VALUE_LENGTH);
    }

    /** True when the response carries exactly one attribute and it is right for this request. */
    public static boolean verifyResponse(
            byte[] packet, byte[] requestAuthenticator, byte[] secret) {
        return verify(packet, requestAuthenticator, secret);
    }

    private static boolean verify(byte[] packet, byte[] authenticator, byte[] secret) {
        int at = valueOffset(packet);
        if (at < 0) {
            return false;
        }
        byte[] expected = hmac(packet, authenticator, at, secret);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(packet, at, at + VALUE_LENGTH));
    }

    private static byte[] hmac(byte[] packet, byte[] authenticator, int valueAt, byte[] secret) {
        byte[] copy = packet.clone();
        System.arraycopy(authenticator, 0, copy, 4, VALUE_LENGTH);
        Arrays.fill(copy, valueAt, valueAt + VALUE_LENGTH, (byte) 0);
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(secret, "HmacMD5"));
            return mac.doFinal(copy);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-MD5 is part of every JDK", e);
        }
    }

    private static int requireSingle(byte[] packet) {
        int at = valueOffset(packet);
        if (at < 0) {
            throw new IllegalArgumentException("the packet has no single Message-Authenticator");
        }
        return at;
    }

    /**
     * Where the value of the packet's only, well-formed Message-Authenticator starts; -1 when there
     * is none, more than one, or the attributes do not add up to the packet's length.
     */
    static int valueOffset(byte[] packet) {
        int found = -1;
        int at = HEADER;
        while (at < packet.length) {
            if (at + 2 > packet.length) {
                return -1;
            }
            int type = packet[at] & 0xff;
            int length = packet[at + 1] & 0xff;
            if (length < 2 || at + length > packet.length) {
                return -1;
            }
            if (type == TYPE) {
                if (found >= 0 || length != 2 + VALUE_LENGTH) {
                    return -1;
                }
                found = at + 2;
            }
            at += length;
        }
        return found;
    }

    private static byte[] authenticatorOf(byte[] packet) {
        return Arrays.copyOfRange(packet, 4, 4 + VALUE_LENGTH);
    }
}
