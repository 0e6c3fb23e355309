package org.mfaportal.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trusted ranges and client addresses made from a fixed seed, so that every run measures the same
 * data. Half IPv4 (/16 to /32 anywhere), half IPv6 (/32 to /64 under 2000::/3): at these sizes few
 * blocks overlap, so the merged set stays about as large as the list an admin typed.
 */
final class RandomRanges {

    static final long SEED = 20_261_127L;

    private record Block(boolean v4, long high, long low, int prefix) {}

    private final Random random = new Random(SEED);
    private final List<Block> blocks = new ArrayList<>();

    RandomRanges(int count) {
        for (int i = 0; i < count; i++) {
            blocks.add(i % 2 == 0 ? randomV4Block() : randomV6Block());
        }
    }

    /** The blocks as an admin would enter them: "a.b.c.d/n" and "2001:db8:a:b::/n". */
    List<String> entries() {
        List<String> entries = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            entries.add(
                    block.v4()
                            ? dotted(block.low()) + "/" + block.prefix()
                            : groups(block.high()) + "::/" + block.prefix());
        }
        return entries;
    }

    /** Client addresses, IPv4 and IPv6 alike; about half inside a block, the other half random. */
    String[] clients(int count) {
        String[] clients = new String[count];
        for (int i = 0; i < count; i++) {
            boolean inside = random.nextBoolean();
            Block block = inside ? blocks.get(random.nextInt(blocks.size())) : null;
            boolean v4 = inside ? block.v4() : random.nextBoolean();
            if (v4) {
                long address =
                        inside
                                ? block.low()
                                        | (random.nextInt()
                                                & 0xFFFF_FFFFL
                                                & ~v4Mask(block.prefix()))
                                : random.nextInt() & 0xFFFF_FFFFL;
                clients[i] = dotted(address);
            } else {
                long high =
                        inside
                                ? block.high() | (random.nextLong() & ~v6HighMask(block.prefix()))
                                : underGlobalUnicast(random.nextLong());
                clients[i] = groups(high) + ":" + groups(random.nextLong());
            }
        }
        return clients;
    }

    private Block randomV4Block() {
        int prefix = 16 + random.nextInt(17);
        return new Block(true, 0, random.nextInt() & 0xFFFF_FFFFL & v4Mask(prefix), prefix);
    }

    private Block randomV6Block() {
        int prefix = 32 + random.nextInt(33);
        return new Block(
                false, underGlobalUnicast(random.nextLong()) & v6HighMask(prefix), 0, prefix);
    }

    private static long underGlobalUnicast(long bits) {
        return 0x2000_0000_0000_0000L | (bits >>> 3);
    }

    private static long v4Mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
    }

    /** The network bits of the high 64 bits, for a prefix of at most 64. */
    private static long v6HighMask(int prefix) {
        return prefix == 0 ? 0 : -1L << (64 - prefix);
    }

    private static String dotted(long address) {
        return (address >>> 24)
                + "."
                + (address >>> 16 & 255)
                + "."
                + (address >>> 8 & 255)
                + "."
                + (address & 255);
    }

    /** Four hexadecimal groups of 64 bits. */
    private static String groups(long bits) {
        return Long.toHexString(bits >>> 48)
                + ":"
                + Long.toHexString(bits >>> 32 & 0xFFFF)
                + ":"
                + Long.toHexString(bits >>> 16 & 0xFFFF)
                + ":"
                + Long.toHexString(bits & 0xFFFF);
    }
}
