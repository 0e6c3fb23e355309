package org.mfaportal.trustedip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address as a 128-bit number (high and low halves). IPv4 addresses, and IPv6
 * addresses that merely map one (::ffff:a.b.c.d), are kept as IPv4 so that both spellings match the
 * same ranges.
 */
record IpAddress(boolean v4, long high, long low) {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");
    // Starting with a hex digit or ':' keeps the JDK on its literal parser: ".:" would be looked up as a name.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    int bits() {
        return v4 ? 32 : 128;
    }

    /**
     * Parses an address literal. Never resolves a name: anything that is not a literal is refused
     * before it could reach DNS.
     */
    static IpAddress parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            throw new IllegalArgumentException("not an IP address");
        }
        if (IPV4.matcher(text).matches()) {
            return v4(parseDottedQuad(text));
        }
        if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
            return fromBytes(literalBytes(text));
        }
        throw new IllegalArgumentException("not an IP address");
    }

    private static long parseDottedQuad(String text) {
        long value = 0;
        for (String part : text.split("\\.")) {
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException("an IPv4 part is above 255");
            }
            value = value << 8 | octet;
        }
        return value;
    }

    private static byte[] literalBytes(String text) {
        try {
            // Safe: the pattern above admits only literals, which InetAddress parses without a lookup.
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address");
        }
    }

    private static IpAddress fromBytes(byte[] bytes) {
        if (bytes.length == 4) {
            return v4(Integer.toUnsignedLong(java.nio.ByteBuffer.wrap(bytes).getInt()));
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        return new IpAddress(false, buffer.getLong(), buffer.getLong());
    }

    private static IpAddress v4(long value) {
        return new IpAddress(true, 0, value);
    }
}
