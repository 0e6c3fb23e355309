package org.mfaportal.network;

/**
 * The network a client's requests count against when a bound is per client: an IPv4 address as is,
 * an IPv6 address by its /64 (one subscriber's usual share, which it can rotate through at will).
 */
public final class ClientNetwork {

    private ClientNetwork() {}

    /** The client's network key; text that is not an address literal is kept as it is. */
    public static String of(String remoteAddress) {
        IpAddress address;
        try {
            address = IpAddress.parse(remoteAddress);
        } catch (IllegalArgumentException notAnAddress) {
            return String.valueOf(remoteAddress);
        }
        if (address.v4()) {
            return remoteAddress;
        }
        return Long.toHexString(address.high()) + "::/64";
    }
}
