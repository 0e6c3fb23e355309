package org.mfaportal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written parser agrees with the JDK's literal parser on every spelling RFC 4291 allows.
 */
class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
        "::,                         0",
        "::1,                        1",
        "1::,                        5192296858534827628530496329220096",
        "2001:db8::ff00:42:8329,     42540766411282592856904265327123268393",
        "2001:DB8:0:0:0:FF00:42:8329, 42540766411282592856904265327123268393",
        "64:ff9b::192.0.2.33,        524413980667603649783483184533471777",
    })
    void rfc4291Spellings(String text, BigInteger value) {
        IpAddress address = IpAddress.parse(text);
        assertThat(address.v4()).isFalse();
        assertThat(asNumber(address)).isEqualTo(value);
    }

    @Test
    void ipv4MappedAddressesAreIpv4() {
        assertThat(IpAddress.parse("::ffff:192.0.2.1")).isEqualTo(IpAddress.parse("192.0.2.1"));
        assertThat(IpAddress.parse("::ffff:c000:201")).isEqualTo(IpAddress.parse("192.0.2.1"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ":",
                ":::",
                "1:::2",
                "1::2::3",
                "12345::",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                ":1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:",
                "::g",
                "::1.2.3",
                "::1.2.3.4.5",
                "1.2.3.4:5",
                "01.2.3.4",
                "256.1.1.1",
                "1..2.3",
                "1.2.3.4.",
                " 1.2.3.4",
                "localhost",
                "::1%lo",
                "[::1]",
                "1:2:3:4:5:6:7:1.2.3.4",
                "::\u0661",
                "\u0661::",
                "::\uFF11",
                "fe80::\u0967",
                "::\u0661.2.3.4",
                "1.2.3.\u0664"
            })
    void malformedTextIsNoAddress(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> IpAddress.parse(text));
    }

    @Test
    void agreesWithTheJdkOnRandomAddressesInEverySpelling() throws Exception {
        Random random = new Random(4291);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            // Runs of zero groups, so that "::" compression is exercised at every position.
            int zeroFrom = random.nextInt(8);
            int zeroTo = zeroFrom + random.nextInt(9 - zeroFrom);
            for (int g = zeroFrom; g < zeroTo; g++) {
                bytes[2 * g] = 0;
                bytes[2 * g + 1] = 0;
            }
            BigInteger expected = new BigInteger(1, bytes);
            for (String spelling : spellings(bytes, random)) {
                InetAddress jdk = InetAddress.getByName(spelling);
                IpAddress ours = IpAddress.parse(spelling);
                assertThat(jdk.getAddress().length == 4).as(spelling).isEqualTo(ours.v4());
                assertThat(asNumber(ours))
                        .as(spelling)
                        .isEqualTo(ours.v4() ? new BigInteger(1, jdk.getAddress()) : expected);
            }
        }
    }

    /** Full, compressed (longest zero run), upper case, and with a dotted-quad tail. */
    private static String[] spellings(byte[] bytes, Random random) {
        int[] groups = new int[8];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int g = 0; g < 8; g++) {
            groups[g] = buffer.getShort() & 0xffff;
        }
        StringBuilder full = new StringBuilder();
        for (int g = 0; g < 8; g++) {
            full.append(g == 0 ? "" : ":").append(Integer.toHexString(groups[g]));
        }
        String compressed = compress(groups);
        String quadTail =
                String.join(":", hex(groups, 0, 6))
                        + ":"
                        + (bytes[12] & 0xff)
                        + "."
                        + (bytes[13] & 0xff)
                        + "."
                        + (bytes[14] & 0xff)
                        + "."
                        + (bytes[15] & 0xff);
        return new String[] {
            full.toString(),
            compressed,
            compressed.toUpperCase(),
            random.nextBoolean() ? quadTail : compressed
        };
    }

    private static String[] hex(int[] groups, int from, int to) {
        String[] parts = new String[to - from];
        for (int g = from; g < to; g++) {
            parts[g - from] = Integer.toHexString(groups[g]);
        }
        return parts;
    }

    private static String compress(int[] groups) {
        int bestStart = -1;
        int bestLength = 0;
        for (int g = 0; g < 8; g++) {
            int length = 0;
            while (g + length < 8 && groups[g + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = g;
                bestLength = length;
            }
        }
        if (bestLength < 2) {
            return String.join(":", hex(groups, 0, 8));
        }
        return String.join(":", hex(groups, 0, bestStart))
                + "::"
                + String.join(":", hex(groups, bestStart + bestLength, 8));
    }

    private static BigInteger asNumber(IpAddress address) {
        ByteBuffer buffer = ByteBuffer.allocate(16).putLong(address.high()).putLong(address.low());
        return new BigInteger(1, buffer.array());
    }
}
