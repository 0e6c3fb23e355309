package org.mfaportal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void anIpv4ClientIsItsAddress() {
        assertEquals("192.0.2.7", ClientNetwork.of("192.0.2.7"));
        assertNotEquals(ClientNetwork.of("192.0.2.7"), ClientNetwork.of("192.0.2.8"));
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertEquals(ClientNetwork.of("2001:db8:1:2::1"), ClientNetwork.of("2001:db8:1:2:ffff::9"));
        assertNotEquals(ClientNetwork.of("2001:db8:1:2::1"), ClientNetwork.of("2001:db8:1:3::1"));
    }

    @Test
    void aMappedIpv4ClientIsTheIpv4Address() {
        assertEquals(ClientNetwork.of("::ffff:192.0.2.7"), "::ffff:192.0.2.7");
        assertNotEquals(ClientNetwork.of("::ffff:192.0.2.7"), ClientNetwork.of("::ffff:192.0.2.8"));
    }

    @Test
    void somethingElseIsKeptAsItIs() {
        assertEquals("unknown", ClientNetwork.of("unknown"));
        assertEquals("null", ClientNetwork.of(null));
    }
}
