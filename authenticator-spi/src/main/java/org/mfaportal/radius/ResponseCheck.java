package org.mfaportal.radius;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.tinyradius.attribute.RadiusAttribute;
import org.tinyradius.packet.RadiusPacket;
import org.tinyradius.util.RadiusException;

/**
 * Whether a datagram is the answer to our request: its identifier, a known code, a Response
 * Authenticator and a Message-Authenticator that the shared secret confirms. Anything else is
 * dropped (RFC 2865 §3: silently), so a wrong secret or a forged packet looks like silence and
 * never like an answer.
 */
final class ResponseCheck {

    static final int ACCESS_ACCEPT = 2;
    static final int ACCESS_REJECT = 3;
    static final int ACCESS_CHALLENGE = 11;
    static final int REPLY_MESSAGE = 18;

    private ResponseCheck() {}

    /** Why a datagram was dropped, for the log; empty when it is our verified answer. */
    static Optional<String> problem(byte[] datagram, byte[] request, byte[] secret) {
        if (datagram.length < 20) {
            return Optional.of("shorter than a RADIUS header");
        }
        int length = ((datagram[2] & 0xff) << 8) | (datagram[3] & 0xff);
        if (length < 20 || length > datagram.length) {
            return Optional.of("length field " + length + " does not fit the datagram");
        }
        byte[] packet = Arrays.copyOf(datagram, length);
        if (packet[1] != request[1]) {
            return Optional.of("identifier of another request");
        }
        int code = packet[0] & 0xff;
        if (code != ACCESS_ACCEPT && code != ACCESS_REJECT && code != ACCESS_CHALLENGE) {
            return Optional.of("code " + code + " is no answer to an Access-Request");
        }
        byte[] requestAuthenticator = Arrays.copyOfRange(request, 4, 20);
        if (!ResponseAuthenticator.verify(packet, requestAuthenticator, secret)) {
            return Optional.of("wrong Response Authenticator (another shared secret?)");
        }
        if (!MessageAuthenticator.verifyResponse(packet, requestAuthenticator, secret)) {
            return Optional.of(
                    "missing or wrong Message-Authenticator (required against BlastRADIUS)");
        }
        return Optional.empty();
    }

    /** The answer in a datagram that passed {@link #problem}. */
    static RadiusAnswer answer(byte[] datagram, byte[] request, byte[] secret) {
        int length = ((datagram[2] & 0xff) << 8) | (datagram[3] & 0xff);
        byte[] packet = Arrays.copyOf(datagram, length);
        RadiusAnswer.Kind kind =
                switch (packet[0] & 0xff) {
                    case ACCESS_ACCEPT -> RadiusAnswer.Kind.ACCEPT;
                    case ACCESS_CHALLENGE -> RadiusAnswer.Kind.CHALLENGE;
                    default -> RadiusAnswer.Kind.REJECT;
                };
        return new RadiusAnswer(kind, replyMessage(packet, request, secret));
    }

    private static String replyMessage(byte[] packet, byte[] request, byte[] secret) {
        try {
            RadiusPacket requestPacket =
                    new RadiusPacket(RadiusPacket.ACCESS_REQUEST, request[1] & 0xff);
            requestPacket.setAuthenticator(Arrays.copyOfRange(request, 4, 20));
            RadiusPacket response =
                    RadiusPacket.decodeResponsePacket(
                            new ByteArrayInputStream(packet),
                            new String(secret, StandardCharsets.UTF_8),
                            requestPacket);
            StringBuilder text = new StringBuilder();
            for (Object part : response.getAttributes(REPLY_MESSAGE)) { // a raw List in tinyradius
                text.append(
                        new String(
                                ((RadiusAttribute) part).getAttributeData(),
                                StandardCharsets.UTF_8));
            }
            return text.length() == 0 ? null : text.toString();
        } catch (IOException | RadiusException | RuntimeException e) {
            return null;
        }
    }
}
