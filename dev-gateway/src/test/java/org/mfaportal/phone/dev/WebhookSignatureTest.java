package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String URL =
            "http://localhost:8080/realms/mfa-demo/mfa-portal/phone/texts/inbound";
    private static final Map<String, String> FIELDS =
            Map.of(
                    DevFields.MESSAGE_ID,
                    "SM0123",
                    DevFields.FROM,
                    "+14155550100",
                    DevFields.BODY,
                    "483920 1357 ünïcode & more");

    @Test
    void theGatewayAcceptsWhatTheVirtualPhoneSigns() {
        String signature = WebhookSignature.sign(DevSettings.DEFAULT_AUTH_TOKEN, URL, FIELDS);

        assertThat(WebhookSignature.verify(DevSettings.DEFAULT_AUTH_TOKEN, URL, FIELDS, signature))
                .isTrue();
    }

    @Test
    void anotherTokenUrlOrFieldBreaksTheSignature() {
        String signature = WebhookSignature.sign(DevSettings.DEFAULT_AUTH_TOKEN, URL, FIELDS);
        Map<String, String> tampered = new HashMap<>(FIELDS);
        tampered.put(DevFields.BODY, "000000");

        assertThat(WebhookSignature.verify("another-token", URL, FIELDS, signature)).isFalse();
        assertThat(
                        WebhookSignature.verify(
                                DevSettings.DEFAULT_AUTH_TOKEN, URL, tampered, signature))
                .isFalse();
        assertThat(
                        WebhookSignature.verify(
                                DevSettings.DEFAULT_AUTH_TOKEN,
                                URL.replace("texts/inbound", "calls/x/digits"),
                                FIELDS,
                                signature))
                .isFalse();
        assertThat(WebhookSignature.verify(DevSettings.DEFAULT_AUTH_TOKEN, URL, FIELDS, null))
                .isFalse();
        assertThat(WebhookSignature.verify(DevSettings.DEFAULT_AUTH_TOKEN, URL, FIELDS, ""))
                .isFalse();
    }
}
