package org.mfaportal.it.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.it.kit.twilio.PhoneWebhookUrls;
import org.mfaportal.it.kit.twilio.WebhookReply;

/**
 * Keycloak's phone webhooks, driven by the fake Twilio the server's gateway is configured with:
 * only requests signed with the account's token count, once, and only for a live ticket.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PhoneWebhooksIT {

    private static final String NOBODY_WAITS_ON = "+15005550140";

    private final KeycloakServer server;
    private final FakeTwilio twilio;
    private final PhoneWebhookUrls webhooks;

    PhoneWebhooksIT(KeycloakServer server) {
        this.server = server;
        this.twilio = server.twilio();
        this.webhooks = server.phoneWebhooks();
    }

    @Test
    void theGatewayRunsWithTheFakesAccountAndAddress() throws IOException {
        // Logged only when account-sid, auth-token and from-number are all set, and api-base-url
        // too.
        assertThat(Files.readString(server.log()))
                .contains("Twilio API calls go to " + twilio.apiBaseUrl() + " ");
    }

    @Test
    void anInboundTextCountsOnlyWhenSignedWithTheAccountsToken() {
        Map<String, String> text = twilio.inboundText(NOBODY_WAITS_ON, "482913");

        assertThat(twilio.webhooks().postUnsigned(webhooks.textInbound(), text).status())
                .isEqualTo(403);
        assertThat(twilio.webhooks().postWronglySigned(webhooks.textInbound(), text).status())
                .isEqualTo(403);
        // The forgeries carried the same MessageSid, and did not use it up.
        WebhookReply signed = twilio.webhooks().postSigned(webhooks.textInbound(), text);

        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body()).contains("<Response/>");
        assertThat(signed.twiml().said()).isEmpty();
        assertThat(signed.twiml().gathersKeys()).isFalse();
    }

    @Test
    void aReplayedTextIsRefused() {
        assertThat(twilio.replyText(NOBODY_WAITS_ON, "123456")).isEqualTo(200);

        assertThat(twilio.webhooks().replayLast().status()).isEqualTo(403);
    }

    @Test
    void callWebhooksForAnUnknownTicketAreRefusedThoughSigned() {
        String ticket = unknownTicket();
        Map<String, String> answered =
                twilio.callFields(
                        "CA0123456789abcdef0123456789abcdef", NOBODY_WAITS_ON, "in-progress");
        Map<String, String> pressed = new LinkedHashMap<>(answered);
        pressed.put("Digits", "");
        pressed.put("FinishedOnKey", "#");
        Map<String, String> ended =
                twilio.callFields(
                        "CA0123456789abcdef0123456789abcdef", NOBODY_WAITS_ON, "completed");

        assertThat(twilio.webhooks().postSigned(webhooks.callDigits(ticket), pressed).status())
                .isEqualTo(403);
        assertThat(twilio.webhooks().postSigned(webhooks.callStatus(ticket), ended).status())
                .isEqualTo(403);
        assertThat(
                        twilio.webhooks()
                                .postSigned(webhooks.callDigits("not-a-ticket"), pressed)
                                .status())
                .isEqualTo(403);
    }

    /** Shaped like a real ticket id (32 random bytes, base64url), but never issued. */
    private static String unknownTicket() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
