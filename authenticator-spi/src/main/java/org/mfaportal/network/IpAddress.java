package org.mfaportal.network;

/**
 * An IPv4 or IPv6 address as a 128-bit number (high and low halves). IPv4 addresses, and IPv6
 * addresses that merely map one (::ffff:a.b.c.d), are kept as IPv4 so that both spellings match the
 * same ranges. Parsed by hand: it runs on every sign-in, and it must never resolve a name.
 */
record IpAddress(boolean v4, long high, long low) {

    private static final long MAPPED_V4_PREFIX = 0xffffL << 32;

    int bits() {
        return v4 ? 32 : 128;
    }

    /**
     * Parses an address literal; anything else (including host names) is an
     * IllegalArgumentException.
     */
    static IpAddress parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            throw notAnAddress();
        }
        if (text.indexOf(':') < 0) {
            return new IpAddress(true, 0, dottedQuad(text, 0, text.length()));
        }
        IpAddress v6 = colonHex(text);
        if (v6.high == 0 && (v6.low & 0xffff_ffff_0000_0000L) == MAPPED_V4_PREFIX) {
            return new IpAddress(true, 0, v6.low & 0xffff_ffffL);
        }
        return v6;
    }

    /**
     * a.b.c.d with decimal parts 0..255 and no leading zeros (which some parsers read as octal).
     */
    private static long dottedQuad(String text, int from, int to) {
        long value = 0;
        int parts = 0;
        int i = from;
        while (i < to) {
            int start = i;
            int part = 0;
            while (i < to && isDigit(text.charAt(i))) {
                part = part * 10 + (text.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    throw notAnAddress();
                }
            }
            if (i == start || part > 255 || (text.charAt(start) == '0' && i - start > 1)) {
                throw notAnAddress();
            }
            value = value << 8 | part;
            parts++;
            if (i < to) {
                if (text.charAt(i) != '.' || i + 1 == to || parts == 4) {
                    throw notAnAddress();
                }
                i++;
            }
        }
        if (parts != 4) {
            throw notAnAddress();
        }
        return value;
    }

    /**
     * RFC 4291 text: eight groups of 1-4 hex digits, one "::" at most, an optional dotted-quad
     * tail.
     */
    private static IpAddress colonHex(String text) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        int length = text.length();
        if (text.startsWith("::")) {
            gap = 0;
            i = 2;
        } else if (text.charAt(0) == ':') {
            throw notAnAddress();
        }
        while (i < length) {
            int start = i;
            int group = 0;
            while (i < length && hexValue(text.charAt(i)) >= 0 && i - start < 4) {
                group = group << 4 | hexValue(text.charAt(i));
                i++;
            }
            if (i < length && text.charAt(i) == '.') {
                // The last 32 bits written as a dotted quad.
                if (count > 6) {
                    throw notAnAddress();
                }
                long quad = dottedQuad(text, start, length);
                groups[count++] = (int) (quad >>> 16);
                groups[count++] = (int) (quad & 0xffff);
                i = length;
                break;
            }
            if (i == start || count == 8) {
                throw notAnAddress();
            }
            groups[count++] = group;
            if (i == length) {
                break;
            }
            if (text.charAt(i) != ':') {
                throw notAnAddress();
            }
            i++;
            if (i < length && text.charAt(i) == ':') {
                if (gap >= 0) {
                    throw notAnAddress();
                }
                gap = count;
                i++;
            } else if (i == length) {
                throw notAnAddress();
            }
        }
        if (gap < 0 ? count != 8 : count > 7) {
            throw notAnAddress();
        }
        // Groups after "::" move to the end; the zeros in between are the gap.
        int[] full = new int[8];
        int head = gap < 0 ? count : gap;
        System.arraycopy(groups, 0, full, 0, head);
        System.arraycopy(groups, head, full, 8 - (count - head), count - head);
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = high << 16 | full[g];
            low = low << 16 | full[g + 4];
        }
        return new IpAddress(false, high, low);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * 0-9, a-f, A-F only: Character.digit would also read Arabic-Indic, fullwidth and other digits
     * ("::١").
     */
    private static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static IllegalArgumentException notAnAddress() {
        return new IllegalArgumentException("not an IP address");
    }
}
