package org.mfaportal.radius;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Asks the configured servers in turn, each with its own timeout and retries (the same packet sent
 * again, as RFC 5080 §2.2.1 wants), and returns the first verified answer. A server that stays
 * silent, cannot be reached or answers with a packet that fails its checks is left for the next;
 * when none answers, the answer is {@link RadiusAnswer#UNAVAILABLE}.
 */
final class RadiusClient {

    private static final Logger LOG = Logger.getLogger(RadiusClient.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LARGEST_PACKET = 4096;

    private final RadiusConfig config;
    private final byte[] secret;

    RadiusClient(RadiusConfig config, byte[] secret) {
        this.config = config;
        this.secret = secret.clone();
    }

    RadiusAnswer authenticate(String userName, String password) {
        for (RadiusServer server : config.servers()) {
            Optional<RadiusAnswer> answer = ask(server, userName, password);
            if (answer.isPresent()) {
                return answer.get();
            }
            LOG.warnf(
                    "RADIUS server %s gave no usable answer; trying the next one, if any", server);
        }
        return RadiusAnswer.UNAVAILABLE;
    }

    private Optional<RadiusAnswer> ask(RadiusServer server, String userName, String password) {
        InetAddress address;
        try {
            address = InetAddress.getByName(server.host());
        } catch (UnknownHostException e) {
            LOG.warnf("RADIUS server %s: unknown host", server);
            return Optional.empty();
        }
        byte[] authenticator = new byte[16];
        RANDOM.nextBytes(authenticator);
        byte[] request =
                PapRequest.encode(
                        RANDOM.nextInt(256),
                        authenticator,
                        secret,
                        userName,
                        password,
                        List.of(PapRequest.nasIdentifier(config.nasIdentifier())),
                        true);
        try (DatagramSocket socket = new DatagramSocket()) {
            // Connected: the system drops datagrams from any other address or port.
            socket.connect(address, server.port());
            for (int attempt = 0; attempt <= config.retries(); attempt++) {
                socket.send(new DatagramPacket(request, request.length));
                Optional<RadiusAnswer> answer = await(socket, server, request);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        } catch (IOException e) {
            LOG.warnf("RADIUS server %s: %s", server, e.getMessage());
        }
        return Optional.empty();
    }

    /** Reads datagrams until a verified answer or the end of this attempt's timeout. */
    private Optional<RadiusAnswer> await(DatagramSocket socket, RadiusServer server, byte[] request)
            throws IOException {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        byte[] buffer = new byte[LARGEST_PACKET];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return Optional.empty();
            }
            socket.setSoTimeout((int) left);
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (SocketTimeoutException | PortUnreachableException e) {
                return Optional.empty();
            }
            byte[] data = Arrays.copyOf(datagram.getData(), datagram.getLength());
            Optional<String> problem = ResponseCheck.problem(data, request, secret);
            if (problem.isEmpty()) {
                return Optional.of(ResponseCheck.answer(data, request, secret));
            }
            LOG.warnf("RADIUS server %s: answer dropped: %s", server, problem.get());
        }
    }
}
