package org.mfaportal.radius;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinyradius.attribute.RadiusAttribute;

/** RFC 2865 §7.1: nemo, password "arctangent", secret "xyzzy5461", from NAS 192.168.1.16 port 3. */
class PapRequestTest {

    private static final byte[] SECRET = "xyzzy5461".getBytes(UTF_8);
    private static final byte[] RFC_AUTHENTICATOR = Hex.bytes("0f403f9473978057bd83d5cb98f4227a");
    private static final String RFC_REQUEST =
            "010000380f403f9473978057bd83d5cb98f4227a01066e656d6f02120dbe708d93d413ce3196e43f782a0aee0406c0a80110050600000003";
    private static final List<RadiusAttribute> RFC_NAS =
            List.of(
                    new RadiusAttribute(4, Hex.bytes("c0a80110")),
                    new RadiusAttribute(5, Hex.bytes("00000003")));

    @Test
    void thePasswordIsHiddenAsInTheRfc() {
        byte[] packet =
                PapRequest.encode(
                        0, RFC_AUTHENTICATOR, SECRET, "nemo", "arctangent", RFC_NAS, false);
        assertThat(Hex.of(packet).substring(0, 40)).isEqualTo(RFC_REQUEST.substring(0, 40));
        // tinyradius writes User-Password last; the RFC writes it second: same attributes.
        assertThat(attributes(packet))
                .containsExactlyInAnyOrderElementsOf(attributes(Hex.bytes(RFC_REQUEST)));
        assertThat(attributes(packet)).contains("02120dbe708d93d413ce3196e43f782a0aee");
    }

    @Test
    void theMessageAuthenticatorComesFirstAndVerifies() {
        byte[] packet =
                PapRequest.encode(
                        7, RFC_AUTHENTICATOR, SECRET, "nemo", "arctangent", RFC_NAS, true);
        assertThat(packet[1]).isEqualTo((byte) 7);
        assertThat(attributes(packet).get(0)).startsWith("5012");
        assertThat(MessageAuthenticator.verifyRequest(packet, SECRET)).isTrue();
        assertThat(MessageAuthenticator.verifyRequest(packet, "wrong".getBytes(UTF_8))).isFalse();
    }

    @Test
    void aPasswordLongerThanOneBlockTakesTwo() {
        byte[] packet =
                PapRequest.encode(
                        1, RFC_AUTHENTICATOR, SECRET, "nemo", "a".repeat(17), List.of(), false);
        assertThat(attributes(packet)).anyMatch(a -> a.startsWith("0222"));
    }

    static List<String> attributes(byte[] packet) {
        List<String> found = new ArrayList<>();
        int at = 20;
        while (at < packet.length) {
            int length = packet[at + 1] & 0xff;
            found.add(Hex.of(Arrays.copyOfRange(packet, at, at + length)));
            at += length;
        }
        return found;
    }
}
