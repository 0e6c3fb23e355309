package org.mfaportal.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of address ranges, merged into sorted disjoint intervals per family, so that a lookup is a
 * binary search: O(log n) however many ranges an admin enters.
 */
public final class AddressRanges {

    private static final AddressRanges NONE = new AddressRanges(List.of());

    private final Intervals v4;
    private final Intervals v6;

    private AddressRanges(List<AddressRange> ranges) {
        this.v4 = Intervals.merge(ranges.stream().filter(AddressRange::v4).toList());
        this.v6 = Intervals.merge(ranges.stream().filter(r -> !r.v4()).toList());
    }

    public static AddressRanges none() {
        return NONE;
    }

    /** Parses every entry; the first malformed one fails the whole set with a message naming it. */
    public static AddressRanges parse(Collection<String> entries) {
        List<AddressRange> ranges = new ArrayList<>(entries.size());
        for (String entry : entries) {
            ranges.add(AddressRange.parse(entry));
        }
        return new AddressRanges(ranges);
    }

    /**
     * Checks one entry, throwing IllegalArgumentException with a message for people when it is
     * malformed.
     */
    public static void check(String entry) {
        AddressRange.parse(entry);
    }

    /** Whether the address is inside a range; an address that cannot be parsed is never inside. */
    public boolean contains(String address) {
        IpAddress parsed;
        try {
            parsed = IpAddress.parse(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return parsed.v4()
                ? v4.contains(0, parsed.low())
                : v6.contains(parsed.high(), parsed.low());
    }

    public boolean isEmpty() {
        return v4.size() == 0 && v6.size() == 0;
    }

    /**
     * Disjoint, sorted [first, last] intervals of 128-bit unsigned numbers, held as parallel
     * arrays.
     */
    private record Intervals(long[] firstHigh, long[] firstLow, long[] lastHigh, long[] lastLow) {

        static Intervals merge(List<AddressRange> ranges) {
            AddressRange[] sorted = ranges.toArray(AddressRange[]::new);
            Arrays.sort(
                    sorted,
                    (a, b) -> compare(a.firstHigh(), a.firstLow(), b.firstHigh(), b.firstLow()));
            long[][] columns = new long[4][sorted.length];
            int count = 0;
            for (AddressRange range : sorted) {
                if (count > 0 && touchesPrevious(columns, count - 1, range)) {
                    if (compare(
                                    range.lastHigh(),
                                    range.lastLow(),
                                    columns[2][count - 1],
                                    columns[3][count - 1])
                            > 0) {
                        columns[2][count - 1] = range.lastHigh();
                        columns[3][count - 1] = range.lastLow();
                    }
                    continue;
                }
                columns[0][count] = range.firstHigh();
                columns[1][count] = range.firstLow();
                columns[2][count] = range.lastHigh();
                columns[3][count] = range.lastLow();
                count++;
            }
            return new Intervals(
                    Arrays.copyOf(columns[0], count),
                    Arrays.copyOf(columns[1], count),
                    Arrays.copyOf(columns[2], count),
                    Arrays.copyOf(columns[3], count));
        }

        /** Overlapping or adjacent to the interval at index, so the two can become one. */
        private static boolean touchesPrevious(long[][] columns, int index, AddressRange range) {
            long lastHigh = columns[2][index];
            long lastLow = columns[3][index];
            if (lastHigh == -1L && lastLow == -1L) {
                return true;
            }
            long nextLow = lastLow + 1;
            long nextHigh = nextLow == 0 ? lastHigh + 1 : lastHigh;
            return compare(range.firstHigh(), range.firstLow(), nextHigh, nextLow) <= 0;
        }

        int size() {
            return firstLow.length;
        }

        boolean contains(long high, long low) {
            int lo = 0;
            int hi = size() - 1;
            int candidate = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (compare(firstHigh[mid], firstLow[mid], high, low) <= 0) {
                    candidate = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return candidate >= 0
                    && compare(high, low, lastHigh[candidate], lastLow[candidate]) <= 0;
        }

        private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
            int byHigh = Long.compareUnsigned(aHigh, bHigh);
            return byHigh != 0 ? byHigh : Long.compareUnsigned(aLow, bLow);
        }
    }
}
