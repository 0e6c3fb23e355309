package org.mfaportal.runner;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void aPortSomeoneListensOnStopsTheStartWithItsNumber() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            int taken = other.getLocalPort();

            assertThatThrownBy(() -> FreePorts.require(List.of(taken)))
                    .isInstanceOf(FreePorts.PortTakenException.class)
                    .hasMessageContaining("Port " + taken + " is already in use")
                    .hasMessageContaining("nothing was started");
        }
    }

    @Test
    void aFreePortPasses() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        assertThatCode(() -> FreePorts.require(List.of(free))).doesNotThrowAnyException();
    }
}
