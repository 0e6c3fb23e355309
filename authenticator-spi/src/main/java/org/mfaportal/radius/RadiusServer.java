package org.mfaportal.radius;

/** One RADIUS server as configured: a host name or address and a UDP port. */
record RadiusServer(String host, int port) {

    static final int DEFAULT_PORT = 1812;

    RadiusServer {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a RADIUS server needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("RADIUS port out of range: " + port);
        }
    }

    /** Reads {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}. */
    static RadiusServer parse(String text) {
        String value = text.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [ in RADIUS server: " + value);
            }
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("text after ] in RADIUS server: " + value);
            }
            return new RadiusServer(
                    value.substring(1, close),
                    port(rest.isEmpty() ? null : rest.substring(1), value));
        }
        int colon = value.indexOf(':');
        if (colon >= 0 && value.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException(
                    "write an IPv6 RADIUS server as [address]:port: " + value);
        }
        return colon < 0
                ? new RadiusServer(value, DEFAULT_PORT)
                : new RadiusServer(
                        value.substring(0, colon), port(value.substring(colon + 1), value));
    }

    private static int port(String digits, String whole) {
        if (digits == null) {
            return DEFAULT_PORT;
        }
        if (digits.isEmpty()
                || digits.length() > 5
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a port in RADIUS server: " + whole);
        }
        return Integer.parseInt(digits);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
