package org.mfaportal.network;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.File;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangesTest {

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(
            textBlock =
                    """
            192.0.2.7,       192.0.2.7,       true
            192.0.2.7,       192.0.2.8,       false
            10.0.0.0/8,      10.0.0.0,        true
            10.0.0.0/8,      10.255.255.255,  true
            10.0.0.0/8,      9.255.255.255,   false
            10.0.0.0/8,      11.0.0.0,        false
            172.16.0.0/12,   172.31.255.255,  true
            172.16.0.0/12,   172.32.0.0,      false
            192.168.1.0/24,  192.168.1.77,    true
            192.168.1.0/24,  192.168.2.0,     false
            192.0.2.7/32,    192.0.2.7,       true
            192.0.2.7/32,    192.0.2.6,       false
            255.255.255.255, 255.255.255.255, true
            128.0.0.0/1,     127.255.255.255, false
            128.0.0.0/1,     128.0.0.0,       true
            """)
    void ipv4(String range, String address, boolean trusted) {
        assertThat(trusts(range, address)).isEqualTo(trusted);
    }

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(
            textBlock =
                    """
            2001:db8::/32,          2001:db8::,                               true
            2001:db8::/32,          2001:db8:ffff:ffff:ffff:ffff:ffff:ffff,   true
            2001:db8::/32,          2001:db7:ffff:ffff:ffff:ffff:ffff:ffff,   false
            2001:db8::/32,          2001:db9::,                               false
            2001:DB8::/32,          2001:db8::abcd,                           true
            2001:db8:0:1::/64,      2001:db8:0:1::,                           true
            2001:db8:0:1::/64,      2001:db8:0:1:ffff:ffff:ffff:ffff,         true
            2001:db8:0:1::/64,      2001:db8::ffff:ffff:ffff:ffff,            false
            2001:db8:0:1::/64,      2001:db8:0:2::,                           false
            2001:db8::/63,          2001:db8:0:1:ffff:ffff:ffff:ffff,         true
            2001:db8::/63,          2001:db8:0:2::,                           false
            2001:db8:0:0:8000::/65, 2001:db8::7fff:ffff:ffff:ffff,            false
            2001:db8:0:0:8000::/65, 2001:db8::8000:0:0:0,                     true
            2001:db8:0:0:8000::/65, 2001:db8::ffff:ffff:ffff:ffff,            true
            2001:db8:0:0:8000::/65, 2001:db8:0:1::,                           false
            2001:db8::1/128,        2001:db8:0:0:0:0:0:1,                     true
            2001:db8::1/128,        2001:db8::2,                              false
            2001:db8::1/128,        2001:db8::,                               false
            ::1,                    0:0:0:0:0:0:0:1,                          true
            ::1,                    ::2,                                      false
            8000::/1,               7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,  false
            8000::/1,               8000::,                                   true
            8000::/1,               ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,  true
            ::/1,                   7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,  true
            """)
    void ipv6(String range, String address, boolean trusted) {
        assertThat(trusts(range, address)).isEqualTo(trusted);
    }

    /**
     * Dual-stack servers report IPv4 clients as ::ffff:a.b.c.d; both spellings are the same client.
     */
    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(
            textBlock =
                    """
            10.0.0.0/8,          ::ffff:10.1.2.3,          true
            10.0.0.0/8,          ::FFFF:10.1.2.3,          true
            10.0.0.0/8,          ::ffff:a01:203,           true
            10.0.0.0/8,          0:0:0:0:0:ffff:10.1.2.3,  true
            10.0.0.0/8,          ::ffff:11.0.0.0,          false
            ::ffff:10.0.0.0/104, 10.1.2.3,                 true
            ::ffff:10.0.0.0/104, ::ffff:10.255.255.255,    true
            ::ffff:10.0.0.0/104, 11.0.0.0,                 false
            ::ffff:192.0.2.7,    192.0.2.7,                true
            ::ffff:0.0.0.0/96,   203.0.113.9,              true
            10.0.0.0/8,          ::10.1.2.3,               false
            """)
    void ipv4MappedAddressesAreIpv4(String range, String address, boolean trusted) {
        assertThat(trusts(range, address)).isEqualTo(trusted);
    }

    /** ::/0 is every IPv6 client; a mapped address is an IPv4 client, so it is not in it. */
    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(
            textBlock =
                    """
            0.0.0.0/0, 0.0.0.0,                                  true
            0.0.0.0/0, 255.255.255.255,                          true
            0.0.0.0/0, ::ffff:203.0.113.9,                       true
            0.0.0.0/0, ::1,                                      false
            0.0.0.0/0, 2001:db8::1,                              false
            ::/0,      ::,                                       true
            ::/0,      2001:db8::1,                              true
            ::/0,      ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,  true
            ::/0,      10.1.2.3,                                 false
            ::/0,      ::ffff:10.1.2.3,                          false
            """)
    void wholeAddressSpaces(String range, String address, boolean trusted) {
        assertThat(trusts(range, address)).isEqualTo(trusted);
    }

    /**
     * Out of order, overlapping (a /25 inside a /24), adjacent (.0/24 and .1/24), with a gap at
     * .2/24.
     */
    private static final AddressRanges NEIGHBOURS =
            AddressRanges.parse(
                    List.of(
                            "192.168.1.0/24",
                            "192.168.0.128/25",
                            "192.168.0.0/24",
                            "192.168.3.0/24"));

    /**
     * Smaller blocks after the larger ones they lie in (which must not shorten them), two /64s that
     * touch where the low 64 bits carry into the high ones, and blocks reaching the top of each
     * space.
     */
    private static final AddressRanges NESTED =
            AddressRanges.parse(
                    List.of(
                            "10.0.0.0/8",
                            "10.0.1.0/24",
                            "10.1.0.0/16",
                            "10.200.0.7",
                            "2001:db8::/64",
                            "2001:db8:0:1::/64",
                            "ffff::/16",
                            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120",
                            "255.0.0.0/8",
                            "255.255.255.0/24"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            textBlock =
                    """
            192.167.255.255, false
            192.168.0.0,     true
            192.168.0.127,   true
            192.168.0.128,   true
            192.168.0.255,   true
            192.168.1.0,     true
            192.168.1.255,   true
            192.168.2.0,     false
            192.168.2.255,   false
            192.168.3.0,     true
            192.168.3.255,   true
            192.168.4.0,     false
            """)
    void adjacentAndOverlappingRangesLeaveNoHolesAndNoExtras(String address, boolean trusted) {
        assertThat(NEIGHBOURS.contains(address)).isEqualTo(trusted);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            textBlock =
                    """
            9.255.255.255,                            false
            10.0.0.0,                                 true
            10.2.0.0,                                 true
            10.255.255.255,                           true
            11.0.0.0,                                 false
            254.255.255.255,                          false
            255.0.0.0,                                true
            255.255.255.255,                          true
            2001:db8::,                               true
            2001:db8::ffff:ffff:ffff:ffff,            true
            2001:db8:0:1::,                           true
            2001:db8:0:1:ffff:ffff:ffff:ffff,         true
            2001:db8:0:2::,                           false
            2001:db7:ffff:ffff:ffff:ffff:ffff:ffff,   false
            fffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff,  false
            ffff::,                                   true
            ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,  true
            """)
    void nestedBlocksAndTheTopOfEachSpace(String address, boolean trusted) {
        assertThat(NESTED.contains(address)).isEqualTo(trusted);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "localhost",
                "example.com",
                "10.0.0.1%eth0",
                "fe80::1%eth0",
                "999.1.1.1",
                "010.0.0.1",
                "1.2.3",
                "10.0.0.1:443",
                "[::1]",
                "::ffff:999.0.0.1",
                "1:2",
                ".:",
                ".::1"
            })
    void anAddressThatCannotBeParsedIsNeverTrusted(String address) {
        AddressRanges everything = AddressRanges.parse(List.of("0.0.0.0/0", "::/0"));
        assertThat(everything.contains(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "localhost", "example.com/24"})
    void aHostNameIsNotARange(String entry) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AddressRanges.check(entry))
                .withMessageContaining("'" + entry + "' is not an IPv4 or IPv6 address");
    }

    /**
     * ".:" is made only of characters a literal may hold, yet the JDK takes it for a name unless it
     * starts like a literal. A JVM whose hosts file names it 10.9.8.7 shows whether it was looked
     * up.
     */
    @Test
    void aNameMadeOfLiteralCharactersIsNotLookedUp(@TempDir Path dir) throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"), "10.9.8.7 .:\n10.9.8.7 .::1\n");
        String classPath =
                locationOf(AddressRanges.class)
                        + File.pathSeparator
                        + locationOf(ContainsInAnotherJvm.class);
        Process java =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Djdk.net.hosts.file=" + hosts,
                                "-cp",
                                classPath,
                                ContainsInAnotherJvm.class.getName(),
                                "10.0.0.0/8",
                                ".:",
                                ".::1",
                                "10.1.2.3")
                        .redirectErrorStream(true)
                        .start();
        String printed = new String(java.getInputStream().readAllBytes(), UTF_8).trim();

        assertThat(java.waitFor()).isZero();
        assertThat(printed).isEqualTo(".:=false .::1=false 10.1.2.3=true");
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    static final class ContainsInAnotherJvm {
        public static void main(String[] args) {
            AddressRanges ranges = AddressRanges.parse(List.of(args[0]));
            System.out.println(
                    Arrays.stream(args)
                            .skip(1)
                            .map(address -> address + "=" + ranges.contains(address))
                            .collect(Collectors.joining(" ")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            10.0.0.0/33,          has a prefix length that is not a number from 0 to 32
            10.0.0.0/-1,          has a prefix length that is not a number from 0 to 32
            10.0.0.0/,            has a prefix length that is not a number from 0 to 32
            '10.0.0.0/ 8',        has a prefix length that is not a number from 0 to 32
            10.0.0.0/8/8,         has a prefix length that is not a number from 0 to 32
            10.0.0.0/104,         has a prefix length that is not a number from 0 to 32
            2001:db8::/129,       has a prefix length that is not a number from 0 to 128
            10.1.2.3/8,           has bits set after the /8 prefix
            2001:db8::1/64,       has bits set after the /64 prefix
            ::ffff:10.1.2.3/104,  has bits set after the /104 prefix
            ::ffff:10.0.0.0/95,   is an IPv4-mapped range shorter than /96
            010.0.0.1,            is not an IPv4 or IPv6 address
            1.2.3,                is not an IPv4 or IPv6 address
            1.2.3.4.5,            is not an IPv4 or IPv6 address
            256.0.0.0/8,          is not an IPv4 or IPv6 address
            abc,                  is not an IPv4 or IPv6 address
            /8,                   is not an IPv4 or IPv6 address
            2001:db8:::/32,       is not an IPv4 or IPv6 address
            fe80::1%eth0,         is not an IPv4 or IPv6 address
            """)
    void aMalformedEntryIsRefusedByName(String entry, String reason) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AddressRanges.check(entry))
                .withMessageContaining("'" + entry + "' " + reason);
    }

    @Test
    void oneMalformedEntryRefusesTheWholeSet() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                AddressRanges.parse(
                                        List.of("10.0.0.0/8", "192.0.2.0/33", "2001:db8::/32")))
                .withMessageStartingWith("'192.0.2.0/33' ");
    }

    @Test
    void surroundingSpacesOfAnEntryAreIgnored() {
        assertThat(AddressRanges.parse(List.of("  10.0.0.0/8 ")).contains("10.9.9.9")).isTrue();
    }

    @Test
    void noRangesTrustNothing() {
        assertThat(AddressRanges.none().isEmpty()).isTrue();
        assertThat(AddressRanges.none().contains("10.0.0.1")).isFalse();
        assertThat(AddressRanges.parse(List.of()).contains("::1")).isFalse();
        assertThat(AddressRanges.parse(List.of("::1")).isEmpty()).isFalse();
    }

    /**
     * The proof that merging and the binary search are right: thousands of random, partly
     * overlapping and adjacent blocks, against a linear scan of the same blocks. Client addresses
     * are random, or just on either side of a block's ends, where an off-by-one would show.
     */
    @Test
    void agreesWithALinearScanOverRandomRanges() throws UnknownHostException {
        Random random = new Random(20_261_127L);
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(randomBlocks(random, 2_000, true));
        blocks.addAll(randomBlocks(random, 500, false));
        AddressRanges ranges = AddressRanges.parse(blocks.stream().map(Block::text).toList());

        List<String> disagreements = new ArrayList<>();
        int trusted = 0;
        for (int i = 0; i < 20_000; i++) {
            Client client = randomClient(random, blocks);
            boolean expected = blocks.stream().anyMatch(block -> block.contains(client));
            if (ranges.contains(client.text()) != expected) {
                disagreements.add(
                        client.text() + " should be " + (expected ? "trusted" : "untrusted"));
            }
            trusted += expected ? 1 : 0;
        }

        assertThat(disagreements).isEmpty();
        assertThat(trusted).as("trusted clients, out of 20,000").isBetween(5_000, 15_000);
    }

    private static boolean trusts(String range, String address) {
        return AddressRanges.parse(List.of(range)).contains(address);
    }

    // ---- the random cross-check's own, deliberately simple, model of addresses ----

    private static final BigInteger[] IPV6_NETWORKS = {
        new BigInteger("20010db8", 16), new BigInteger("20010db9", 16),
        new BigInteger("80000000", 16), new BigInteger("ffffffff", 16)
    };

    record Block(boolean v4, BigInteger first, BigInteger last, String text) {
        boolean contains(Client client) {
            return v4 == client.v4()
                    && first.compareTo(client.value()) <= 0
                    && client.value().compareTo(last) <= 0;
        }
    }

    record Client(boolean v4, BigInteger value, String text) {}

    /**
     * Random CIDR blocks; one in four starts right after the previous one, so that the two touch.
     */
    private static List<Block> randomBlocks(Random random, int count, boolean v4)
            throws UnknownHostException {
        int bits = v4 ? 32 : 128;
        int shortest = v4 ? 12 : 16;
        List<Block> blocks = new ArrayList<>();
        while (blocks.size() < count) {
            Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            BigInteger start;
            int prefix;
            if (previous != null && random.nextInt(4) == 0) {
                start = previous.last().add(BigInteger.ONE);
                prefix =
                        prefixOf(previous, bits)
                                + random.nextInt(bits - prefixOf(previous, bits) + 1);
            } else {
                start = randomValue(random, v4);
                prefix = shortest + random.nextInt(bits - shortest + 1);
            }
            BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
            BigInteger first = start.andNot(hostMask);
            BigInteger last = first.or(hostMask);
            if (last.bitLength() > bits || (!v4 && first.shiftRight(96).signum() == 0)) {
                continue; // past the end of the space, or (IPv6) into the IPv4-mapped block
            }
            String text =
                    v4 && random.nextInt(10) == 0
                            ? "::ffff:" + format(first, true) + "/" + (96 + prefix)
                            : format(first, v4) + "/" + prefix;
            blocks.add(new Block(v4, first, last, text));
        }
        return blocks;
    }

    private static int prefixOf(Block block, int bits) {
        return bits - block.last().subtract(block.first()).bitLength();
    }

    private static Client randomClient(Random random, List<Block> blocks)
            throws UnknownHostException {
        BigInteger value;
        boolean v4;
        if (random.nextBoolean()) {
            v4 = random.nextBoolean();
            value = randomValue(random, v4);
        } else {
            Block block = blocks.get(random.nextInt(blocks.size()));
            v4 = block.v4();
            value =
                    switch (random.nextInt(5)) {
                        case 0 -> block.first().subtract(BigInteger.ONE);
                        case 1 -> block.first();
                        case 2 -> block.last();
                        case 3 -> block.last().add(BigInteger.ONE);
                        default ->
                                block.first()
                                        .add(
                                                new BigInteger(
                                                        block.last()
                                                                .subtract(block.first())
                                                                .bitLength(),
                                                        random))
                                        .min(block.last());
                    };
            if (value.signum() < 0 || value.bitLength() > (v4 ? 32 : 128)) {
                value = block.first();
            }
        }
        String text =
                v4 && random.nextInt(5) == 0 ? "::ffff:" + format(value, true) : format(value, v4);
        return new Client(v4, value, text);
    }

    /**
     * IPv4 anywhere; IPv6 under a few /32s, some with the top bit set, none in the IPv4-mapped
     * block.
     */
    private static BigInteger randomValue(Random random, boolean v4) {
        if (v4) {
            return new BigInteger(32, random);
        }
        BigInteger network = IPV6_NETWORKS[random.nextInt(IPV6_NETWORKS.length)];
        return network.shiftLeft(96).or(new BigInteger(96, random));
    }

    /**
     * Dotted quad, or IPv6 in full or (half the time, by value) with its first run of zeros as
     * "::".
     */
    private static String format(BigInteger value, boolean v4) throws UnknownHostException {
        byte[] bytes = new byte[v4 ? 4 : 16];
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - length, bytes, bytes.length - length, length);
        String text = InetAddress.getByAddress(bytes).getHostAddress();
        return !v4 && value.testBit(7) ? text.replaceFirst("(^|:)0(:0)+(:|$)", "::") : text;
    }
}
