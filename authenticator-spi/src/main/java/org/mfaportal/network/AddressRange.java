package org.mfaportal.network;

/**
 * One trusted entry: a single address or a CIDR block, as the inclusive interval [first, last] of
 * one address family.
 */
record AddressRange(boolean v4, long firstHigh, long firstLow, long lastHigh, long lastLow) {

    static final String EXAMPLES = "examples: 10.0.0.0/8, 192.0.2.7, 2001:db8::/32";

    /** Parses "address" or "address/prefix"; the message says what is wrong with the entry. */
    static AddressRange parse(String entry) {
        String text = entry.trim();
        int slash = text.indexOf('/');
        IpAddress address;
        try {
            address = IpAddress.parse(slash < 0 ? text : text.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'"
                            + entry
                            + "' is not an IPv4 or IPv6 address or CIDR range ("
                            + EXAMPLES
                            + ")");
        }
        boolean writtenAsV6 = text.indexOf(':') >= 0;
        int writtenBits = writtenAsV6 ? 128 : 32;
        int prefix =
                slash < 0
                        ? address.bits()
                        : prefixLength(entry, text.substring(slash + 1), writtenBits);
        int writtenPrefix = prefix;
        // IPv4-mapped IPv6 ranges (::ffff:0:0/96 and longer) are stored as IPv4 like the addresses
        // they contain.
        if (address.v4() && slash >= 0 && writtenAsV6) {
            prefix -= 96;
            if (prefix < 0) {
                throw new IllegalArgumentException(
                        "'" + entry + "' is an IPv4-mapped range shorter than /96");
            }
        }
        long hostHigh = hostMask(prefix, address.bits(), true);
        long hostLow = hostMask(prefix, address.bits(), false);
        if ((address.high() & hostHigh) != 0 || (address.low() & hostLow) != 0) {
            throw new IllegalArgumentException(
                    "'"
                            + entry
                            + "' has bits set after the /"
                            + writtenPrefix
                            + " prefix; write the network's first address");
        }
        return new AddressRange(
                address.v4(),
                address.high(),
                address.low(),
                address.high() | hostHigh,
                address.low() | hostLow);
    }

    private static int prefixLength(String entry, String digits, int bits) {
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > bits) {
            throw new IllegalArgumentException(
                    "'" + entry + "' has a prefix length that is not a number from 0 to " + bits);
        }
        return Integer.parseInt(digits);
    }

    /**
     * The bits after the prefix, in the high or low half of a 128-bit value (IPv4 lives in the low
     * 32 bits).
     */
    private static long hostMask(int prefix, int bits, boolean highHalf) {
        int hostBits = bits - prefix;
        if (bits == 32) {
            return highHalf ? 0 : (hostBits == 0 ? 0 : (1L << hostBits) - 1);
        }
        if (highHalf) {
            return hostBits <= 64 ? 0 : (hostBits == 128 ? -1L : (1L << (hostBits - 64)) - 1);
        }
        return hostBits >= 64 ? -1L : (hostBits == 0 ? 0 : (1L << hostBits) - 1);
    }
}
