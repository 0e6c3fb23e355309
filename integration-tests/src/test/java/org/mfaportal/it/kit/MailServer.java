package org.mfaportal.it.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free loopback port, and the demo realm's SMTP settings
 * pointed at it while this is open; closing puts the realm's settings back as they were.
 */
public final class MailServer implements AutoCloseable {

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

    private final GreenMail mail;
    private final AdminClient admin;
    private final JsonNode smtpBefore;

    public MailServer(KeycloakServer server) {
        this.admin = server.admin();
        this.mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String realmPath = "/admin/realms/" + KeycloakServer.REALM;
        this.smtpBefore = admin.get(realmPath).requireStatus(200).json().path("smtpServer");
        Map<String, String> smtp = new LinkedHashMap<>();
        smtp.put("host", "127.0.0.1");
        smtp.put("port", String.valueOf(mail.getSmtp().getPort()));
        smtp.put("from", "portal@example.org");
        smtp.put("fromDisplayName", "Two-step verification");
        admin.put(realmPath, Map.of("smtpServer", smtp)).requireStatus(204);
    }

    /** A message to this address, waiting up to the timeout for it to arrive; empty if none. */
    public Optional<MimeMessage> messageTo(String address, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            MimeMessage[] received = mail.getReceivedMessages();
            Optional<MimeMessage> found =
                    Arrays.stream(received).filter(m -> addressedTo(m, address)).findFirst();
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            // Blocks until one more message arrives anywhere, or the time is up.
            mail.waitForIncomingEmail(left, received.length + 1);
        }
    }

    /** The message's plain-text part, decoded. */
    public static String text(MimeMessage message) {
        try {
            return plainText(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The action-token link in the message's text. */
    public static String actionLink(MimeMessage message) {
        Matcher link = ACTION_LINK.matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No action link in:\n" + text(message));
        }
        return link.group();
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null
                    && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            Map<String, String> restore = new LinkedHashMap<>();
            smtpBefore
                    .fields()
                    .forEachRemaining(f -> restore.put(f.getKey(), f.getValue().asText()));
            admin.put("/admin/realms/" + KeycloakServer.REALM, Map.of("smtpServer", restore))
                    .requireStatus(204);
        } finally {
            mail.stop();
        }
    }
}
