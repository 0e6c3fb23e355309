package org.mfaportal.it.radius;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mfaportal.radius.MessageAuthenticator;
import org.tinyradius.attribute.RadiusAttribute;
import org.tinyradius.packet.AccessRequest;
import org.tinyradius.packet.RadiusPacket;
import org.tinyradius.util.RadiusException;
import org.tinyradius.util.RadiusServer;

/**
 * tinyradius's own server on a free loopback UDP port, with the users a story gives it. It signs
 * its answers with a Message-Authenticator (as a BlastRADIUS-fixed server does) unless told not to,
 * can stay silent, and records whether each request carried a valid Message-Authenticator.
 */
final class TestRadiusServer extends RadiusServer implements AutoCloseable {

    /** What a request carried, as the server saw it. */
    record Received(String userName, boolean validMessageAuthenticator) {}

    private record Account(String password, int answer, String replyMessage) {}

    private final DatagramSocket socket;
    private final String secret;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    private volatile boolean signed = true;
    private final java.util.concurrent.atomic.AtomicInteger answers =
            new java.util.concurrent.atomic.AtomicInteger();

    TestRadiusServer(String secret) throws SocketException {
        this.secret = secret;
        this.socket = bindFreeLoopbackPort();
        start(true, false);
    }

    /**
     * tinyradius binds its socket itself, to its auth port, and only answers on that port: a free
     * port is chosen, then bound at once here (tinyradius keeps that socket), again on a race.
     */
    private DatagramSocket bindFreeLoopbackPort() throws SocketException {
        setListenAddress(InetAddress.getLoopbackAddress());
        for (int attempt = 0; ; attempt++) {
            int port;
            try (DatagramSocket probe =
                    new DatagramSocket(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                port = probe.getLocalPort();
            }
            setAuthPort(port);
            try {
                return getAuthSocket();
            } catch (SocketException taken) {
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How many answers the server sent. */
    int answers() {
        return answers.get();
    }

    /** host:port, as an execution's config names a server. */
    String address() {
        return "127.0.0.1:" + port();
    }

    TestRadiusServer accepts(String userName, String password) {
        accounts.put(userName, new Account(password, RadiusPacket.ACCESS_ACCEPT, null));
        return this;
    }

    /** The right password gets an Access-Challenge with this Reply-Message. */
    TestRadiusServer challenges(String userName, String password, String replyMessage) {
        accounts.put(userName, new Account(password, RadiusPacket.ACCESS_CHALLENGE, replyMessage));
        return this;
    }

    /** Every request, whatever its user and password, gets an Access-Accept. */
    TestRadiusServer acceptsEveryone() {
        accounts.put("*", new Account(null, RadiusPacket.ACCESS_ACCEPT, null));
        return this;
    }

    TestRadiusServer silent() {
        silent = true;
        return this;
    }

    /** Answers as a server without the BlastRADIUS fix: no Message-Authenticator. */
    TestRadiusServer unsigned() {
        signed = false;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public String getSharedSecret(InetSocketAddress client) {
        return secret;
    }

    @Override
    public String getUserPassword(String userName) {
        return null; // answers come from accessRequestReceived
    }

    @Override
    public RadiusPacket accessRequestReceived(AccessRequest request, InetSocketAddress client)
            throws RadiusException {
        Account account = accounts.get(request.getUserName());
        Account anyone = accounts.get("*");
        int type = RadiusPacket.ACCESS_REJECT;
        String reply = null;
        if (anyone != null) {
            type = anyone.answer();
        } else if (account != null && request.verifyPassword(account.password())) {
            type = account.answer();
            reply = account.replyMessage();
        }
        RadiusPacket answer = new RadiusPacket(type, request.getPacketIdentifier());
        if (reply != null) {
            answer.addAttribute(new RadiusAttribute(18, reply.getBytes(StandardCharsets.UTF_8)));
            answer.addAttribute(
                    new RadiusAttribute(24, "state-1".getBytes(StandardCharsets.UTF_8)));
        }
        return answer;
    }

    @Override
    protected void processRequest(DatagramSocket s, DatagramPacket packet) {
        byte[] raw =
                java.util.Arrays.copyOfRange(
                        packet.getData(),
                        packet.getOffset(),
                        packet.getOffset() + packet.getLength());
        received.add(
                new Received(
                        userName(raw),
                        MessageAuthenticator.verifyRequest(
                                raw, secret.getBytes(StandardCharsets.UTF_8))));
        if (!silent) {
            super.processRequest(s, packet);
        }
    }

    @Override
    protected DatagramPacket makeDatagramPacket(
            RadiusPacket packet,
            String sharedSecret,
            InetAddress address,
            int port,
            RadiusPacket request)
            throws IOException {
        if (signed) {
            List<RadiusAttribute> attributes = new ArrayList<>();
            attributes.add(
                    new RadiusAttribute(
                            MessageAuthenticator.TYPE, MessageAuthenticator.placeholder()));
            for (Object attribute : packet.getAttributes()) {
                attributes.add((RadiusAttribute) attribute);
            }
            packet.setAttributes(attributes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packet.encodeResponsePacket(out, sharedSecret, request);
        byte[] bytes = out.toByteArray();
        if (signed) {
            MessageAuthenticator.signResponse(
                    bytes,
                    request.getAuthenticator(),
                    sharedSecret.getBytes(StandardCharsets.UTF_8));
        }
        answers.incrementAndGet();
        return new DatagramPacket(bytes, bytes.length, address, port);
    }

    @Override
    public void close() {
        stop();
    }

    /** The User-Name attribute of a raw request (for the record, before any decoding). */
    private static String userName(byte[] raw) {
        int at = 20;
        while (at + 2 <= raw.length) {
            int length = raw[at + 1] & 0xff;
            if (length < 2 || at + length > raw.length) {
                return null;
            }
            if (raw[at] == 1) {
                return new String(raw, at + 2, length - 2, StandardCharsets.UTF_8);
            }
            at += length;
        }
        return null;
    }
}
