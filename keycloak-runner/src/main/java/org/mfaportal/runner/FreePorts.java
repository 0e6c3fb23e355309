package org.mfaportal.runner;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Refuses to start when a port the server needs is taken. Without this check a second ./run printed
 * "is running" (the probe reached the first server) and then failed on the H2 database's lock.
 */
final class FreePorts {

    private FreePorts() {}

    /**
     * Throws, naming the port, when any of them cannot be bound on all addresses (as Keycloak binds
     * them).
     */
    static void require(List<Integer> ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            } catch (IOException e) {
                throw new PortTakenException(port);
            }
        }
    }

    /** The message a person reads; the launcher prints it and exits. */
    static final class PortTakenException extends IllegalStateException {

        PortTakenException(int port) {
            super(
                    "Port "
                            + port
                            + " is already in use (is another ./run or Keycloak running?). "
                            + "Stop it first; nothing was started.");
        }
    }
}
