package org.mfaportal.radius;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tinyradius.attribute.RadiusAttribute;
import org.tinyradius.packet.AccessRequest;

/**
 * An Access-Request with the password hidden as RFC 2865 §5.2 says (PAP, by tinyradius) and a
 * Message-Authenticator as its first attribute. The request authenticator is given, not drawn here,
 * so that the RFC's examples can be rebuilt byte for byte.
 */
final class PapRequest {

    static final int USER_NAME = 1;
    static final int NAS_IDENTIFIER = 32;

    private PapRequest() {}

    /** The encoded request; {@code extra} attributes follow the user's name. */
    static byte[] encode(
            int identifier,
            byte[] requestAuthenticator,
            byte[] secret,
            String userName,
            String password,
            List<RadiusAttribute> extra,
            boolean withMessageAuthenticator) {
        AccessRequest request = new FixedAuthenticatorRequest(requestAuthenticator);
        request.setPacketIdentifier(identifier);
        if (withMessageAuthenticator) {
            request.addAttribute(
                    new RadiusAttribute(
                            MessageAuthenticator.TYPE, MessageAuthenticator.placeholder()));
        }
        request.addAttribute(
                new RadiusAttribute(USER_NAME, userName.getBytes(StandardCharsets.UTF_8)));
        extra.forEach(request::addAttribute);
        request.setUserPassword(password);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            request.encodeRequestPacket(out, new String(secret, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] packet = out.toByteArray();
        if (withMessageAuthenticator) {
            MessageAuthenticator.signRequest(packet, secret);
        }
        return packet;
    }

    static RadiusAttribute nasIdentifier(String value) {
        return new RadiusAttribute(NAS_IDENTIFIER, value.getBytes(StandardCharsets.UTF_8));
    }

    /** tinyradius draws the authenticator itself; here it is handed in. */
    private static final class FixedAuthenticatorRequest extends AccessRequest {
        private final byte[] authenticator;

        FixedAuthenticatorRequest(byte[] authenticator) {
            this.authenticator = authenticator.clone();
        }

        @Override
        protected byte[] createRequestAuthenticator(String sharedSecret) {
            return authenticator.clone();
        }
    }
}
