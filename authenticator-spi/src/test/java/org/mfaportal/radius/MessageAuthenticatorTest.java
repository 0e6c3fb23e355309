package org.mfaportal.radius;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageAuthenticatorTest {

    private static final byte[] SECRET = "xyzzy5461".getBytes(UTF_8);

    /** RFC 5997 §6: a Status-Server whose only attribute is a Message-Authenticator. */
    private static final String RFC_5997_STATUS_SERVER =
            "0cda00268a54f4686fb394c52866e302185d0623" + "50125a665e2e1e8411f3e243822097c84fa3";

    /** RFC 2865 §7.1: the Access-Request of user nemo, and the Accept that answers it. */
    private static final String RFC_2865_REQUEST =
            "010000380f403f9473978057bd83d5cb98f4227a01066e656d6f02120dbe708d93d413ce3196e43f782a0aee0406c0a80110050600000003";

    private static final String RFC_2865_ACCEPT =
            "0200002686fe220e7624ba2a1005f6bf9b55e0b20606000000010f06000000000e06c0a80103";

    @Test
    void theRfcsStatusServerIsVerified() {
        assertThat(MessageAuthenticator.verifyRequest(Hex.bytes(RFC_5997_STATUS_SERVER), SECRET))
                .isTrue();
        assertThat(
                        MessageAuthenticator.verifyRequest(
                                Hex.bytes(RFC_5997_STATUS_SERVER), "xyzzy5462".getBytes(UTF_8)))
                .isFalse();
    }

    @Test
    void signingTheRfcsStatusServerWritesTheRfcsValue() {
        byte[] packet = Hex.bytes(RFC_5997_STATUS_SERVER);
        Arrays.fill(packet, 22, 38, (byte) 0);
        MessageAuthenticator.signRequest(packet, SECRET);
        assertThat(Hex.of(packet)).isEqualTo(RFC_5997_STATUS_SERVER);
    }

    @Test
    void aSignedResponseIsVerifiedAndItsResponseAuthenticatorStillHolds() {
        byte[] requestAuthenticator = Arrays.copyOfRange(Hex.bytes(RFC_2865_REQUEST), 4, 20);
        byte[] response = acceptWithMessageAuthenticator();
        MessageAuthenticator.signResponse(response, requestAuthenticator, SECRET);

        assertThat(MessageAuthenticator.verifyResponse(response, requestAuthenticator, SECRET))
                .isTrue();
        assertThat(ResponseAuthenticator.verify(response, requestAuthenticator, SECRET)).isTrue();
    }

    @Test
    void aResponseChangedByOneBitOrSignedWithAnotherSecretFails() {
        byte[] requestAuthenticator = Arrays.copyOfRange(Hex.bytes(RFC_2865_REQUEST), 4, 20);
        byte[] response = acceptWithMessageAuthenticator();
        MessageAuthenticator.signResponse(response, requestAuthenticator, "other".getBytes(UTF_8));
        assertThat(MessageAuthenticator.verifyResponse(response, requestAuthenticator, SECRET))
                .isFalse();

        MessageAuthenticator.signResponse(response, requestAuthenticator, SECRET);
        response[response.length - 1] ^= 1;
        assertThat(MessageAuthenticator.verifyResponse(response, requestAuthenticator, SECRET))
                .isFalse();
    }

    @Test
    void aResponseWithoutOrWithTwoMessageAuthenticatorsFails() {
        byte[] requestAuthenticator = Arrays.copyOfRange(Hex.bytes(RFC_2865_REQUEST), 4, 20);
        assertThat(
                        MessageAuthenticator.verifyResponse(
                                Hex.bytes(RFC_2865_ACCEPT), requestAuthenticator, SECRET))
                .isFalse();
        byte[] twice =
                Hex.bytes(
                        "02000038"
                                + "00".repeat(16)
                                + "5012"
                                + "00".repeat(16)
                                + "5012"
                                + "00".repeat(16));
        assertThat(MessageAuthenticator.valueOffset(twice)).isEqualTo(-1);
    }

    @Test
    void attributesThatOverrunThePacketFindNothing() {
        assertThat(
                        MessageAuthenticator.valueOffset(
                                Hex.bytes("02000016" + "00".repeat(16) + "5012")))
                .isEqualTo(-1);
    }

    /** RFC 2865's Accept with a zeroed Message-Authenticator in front of its attributes. */
    static byte[] acceptWithMessageAuthenticator() {
        byte[] accept = Hex.bytes(RFC_2865_ACCEPT);
        String attributes = Hex.of(Arrays.copyOfRange(accept, 20, accept.length));
        int length = accept.length + 18;
        return Hex.bytes(
                "0200"
                        + String.format("%04x", length)
                        + "00".repeat(16)
                        + "5012"
                        + "00".repeat(16)
                        + attributes);
    }
}
