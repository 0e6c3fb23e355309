package org.mfaportal.it.fraud;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.KeycloakServer;

/**
 * A GreenMail SMTP server on a free loopback port, with the demo realm's email settings pointed at
 * it for the length of a try-with-resources block; closing stops it and puts the realm's settings
 * back as they were.
 */
final class MailServer implements AutoCloseable {

    static final String FROM = "portal@mfa-demo.test";

    private final GreenMail greenMail;
    private final AdminClient admin;
    private final Map<String, String> before;

    MailServer(KeycloakServer server) {
        this.admin = server.admin();
        this.greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        this.before = smtp();
        Map<String, String> smtp = new LinkedHashMap<>();
        smtp.put("host", "127.0.0.1");
        smtp.put("port", String.valueOf(greenMail.getSmtp().getPort()));
        smtp.put("from", FROM);
        put(smtp);
    }

    /** The messages received so far, once at least {@code count} arrived (at most 10 s). */
    List<MimeMessage> await(int count) {
        greenMail.waitForIncomingEmail(10_000, count);
        return List.of(greenMail.getReceivedMessages());
    }

    List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        try {
            put(before);
        } finally {
            greenMail.stop();
        }
    }

    private Map<String, String> smtp() {
        JsonNode smtp =
                admin.get("/admin/realms/" + KeycloakServer.REALM)
                        .requireStatus(200)
                        .json()
                        .path("smtpServer");
        Map<String, String> map = new LinkedHashMap<>();
        smtp.fields().forEachRemaining(f -> map.put(f.getKey(), f.getValue().asText()));
        return map;
    }

    private void put(Map<String, String> smtp) {
        admin.put("/admin/realms/" + KeycloakServer.REALM, Map.of("smtpServer", smtp))
                .requireStatus(204);
    }
}
