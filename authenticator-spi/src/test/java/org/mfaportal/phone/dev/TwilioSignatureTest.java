package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private static final String DOCS_TOKEN = "12345";
    private static final String DOCS_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    /**
     * Twilio's worked example (twilio.com/docs/usage/security) exists in two editions that differ
     * only in the caller's number; each prints its own signature, and the SDK accepts each.
     */
    @ParameterizedTest
    @CsvSource({
            "+14158675310, GvWf1cFY/Q7PnoempGyD5oXAezc=",
            "+12349013030, 0/KCTR6DLpKmkAf8muzZqo1nDgQ="})
    void matchesTwilioDocumentedExample(String caller, String documented) {
        Map<String, String> fields = Map.of("CallSid", "CA1234567890ABCDE", "Caller", caller, "Digits", "1234",
                "From", caller, "To", "+18005551212");

        assertThat(TwilioSignature.sign(DOCS_TOKEN, DOCS_URL, fields)).isEqualTo(documented);
        assertThat(new RequestValidator(DOCS_TOKEN).validate(DOCS_URL, fields, documented)).isTrue();
    }

    @Test
    void theSdkAcceptsWhatTheVirtualPhoneSigns() {
        String url = "http://localhost:8080/realms/mfa-demo/mfa-portal/phone/texts/inbound";
        Map<String, String> fields = Map.of("MessageSid", "SM0123", "AccountSid", "ACdev", "From", "+14155550100",
                "To", "+15005550006", "Body", "483920 1357 ünïcode & more");

        String signature = TwilioSignature.sign(DevSettings.DEFAULT_AUTH_TOKEN, url, fields);

        assertThat(new RequestValidator(DevSettings.DEFAULT_AUTH_TOKEN).validate(url, fields, signature)).isTrue();
        assertThat(new RequestValidator("another-token").validate(url, fields, signature)).isFalse();
        Map<String, String> tampered = new HashMap<>(fields);
        tampered.put("Body", "000000");
        assertThat(new RequestValidator(DevSettings.DEFAULT_AUTH_TOKEN).validate(url, tampered, signature)).isFalse();
        assertThat(new RequestValidator(DevSettings.DEFAULT_AUTH_TOKEN)
                .validate(url.replace("texts/inbound", "calls/x/digits"), fields, signature)).isFalse();
    }
}
