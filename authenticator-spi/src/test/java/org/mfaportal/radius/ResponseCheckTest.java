package org.mfaportal.radius;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {

    private static final byte[] SECRET = "xyzzy5461".getBytes(UTF_8);
    private static final byte[] REQUEST =
            Hex.bytes(
                    "010000380f403f9473978057bd83d5cb98f4227a01066e656d6f02120dbe708d93d413ce3196e43f782a0aee0406c0a80110050600000003");
    private static final byte[] REQUEST_AUTHENTICATOR = Arrays.copyOfRange(REQUEST, 4, 20);

    @Test
    void theRfcsAcceptHasTheRightResponseAuthenticator() {
        byte[] accept =
                Hex.bytes(
                        "0200002686fe220e7624ba2a1005f6bf9b55e0b20606000000010f06000000000e06c0a80103");
        assertThat(ResponseAuthenticator.verify(accept, REQUEST_AUTHENTICATOR, SECRET)).isTrue();
        // ...but, without a Message-Authenticator, it is not taken (BlastRADIUS).
        assertThat(ResponseCheck.problem(accept, REQUEST, SECRET))
                .get()
                .asString()
                .contains("Message-Authenticator");
    }

    @Test
    void aSignedAcceptIsAnAccept() {
        byte[] accept = MessageAuthenticatorTest.acceptWithMessageAuthenticator();
        MessageAuthenticator.signResponse(accept, REQUEST_AUTHENTICATOR, SECRET);
        assertThat(ResponseCheck.problem(accept, REQUEST, SECRET)).isEmpty();
        assertThat(ResponseCheck.answer(accept, REQUEST, SECRET).kind())
                .isEqualTo(RadiusAnswer.Kind.ACCEPT);
    }

    @Test
    void anAnswerSignedWithAnotherSecretIsDropped() {
        byte[] accept = MessageAuthenticatorTest.acceptWithMessageAuthenticator();
        MessageAuthenticator.signResponse(
                accept, REQUEST_AUTHENTICATOR, "not-ours".getBytes(UTF_8));
        assertThat(ResponseCheck.problem(accept, REQUEST, SECRET))
                .get()
                .asString()
                .contains("Response Authenticator");
    }

    @Test
    void anAnswerToAnotherRequestOrOfAnotherKindIsDropped() {
        byte[] accept = MessageAuthenticatorTest.acceptWithMessageAuthenticator();
        accept[1] = 9;
        MessageAuthenticator.signResponse(accept, REQUEST_AUTHENTICATOR, SECRET);
        assertThat(ResponseCheck.problem(accept, REQUEST, SECRET))
                .get()
                .asString()
                .contains("identifier");

        byte[] accounting = MessageAuthenticatorTest.acceptWithMessageAuthenticator();
        accounting[0] = 5;
        MessageAuthenticator.signResponse(accounting, REQUEST_AUTHENTICATOR, SECRET);
        assertThat(ResponseCheck.problem(accounting, REQUEST, SECRET))
                .get()
                .asString()
                .contains("code 5");

        assertThat(ResponseCheck.problem(new byte[12], REQUEST, SECRET)).isPresent();
    }

    @Test
    void aChallengeCarriesItsReplyMessage() {
        String reply = "Enter the code";
        String attribute =
                "12" + String.format("%02x", reply.length() + 2) + Hex.of(reply.getBytes(UTF_8));
        String zeroMa = "5012" + "00".repeat(16);
        int length = 20 + zeroMa.length() / 2 + attribute.length() / 2;
        byte[] challenge =
                Hex.bytes(
                        "0b00"
                                + String.format("%04x", length)
                                + "00".repeat(16)
                                + zeroMa
                                + attribute);
        MessageAuthenticator.signResponse(challenge, REQUEST_AUTHENTICATOR, SECRET);

        assertThat(ResponseCheck.problem(challenge, REQUEST, SECRET)).isEmpty();
        RadiusAnswer answer = ResponseCheck.answer(challenge, REQUEST, SECRET);
        assertThat(answer.kind()).isEqualTo(RadiusAnswer.Kind.CHALLENGE);
        assertThat(answer.replyMessage()).isEqualTo(reply);
    }
}
