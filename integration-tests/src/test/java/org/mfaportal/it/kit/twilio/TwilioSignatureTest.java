package org.mfaportal.it.kit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake signs webhooks exactly as Twilio does. The worked example of Twilio's "Webhooks
 * security" page (auth token 12345) has appeared with two caller numbers over the years, each with
 * its own signature; both pairs are checked, and the SDK's RequestValidator agrees with each.
 */
class TwilioSignatureTest {

    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    @ParameterizedTest
    @CsvSource({
        "+14158675310, GvWf1cFY/Q7PnoempGyD5oXAezc=", // the current page
        "+12349013030, 0/KCTR6DLpKmkAf8muzZqo1nDgQ=", // the older page
    })
    void matchesTwiliosWorkedExample(String caller, String signature) {
        Map<String, String> fields = exampleFields(caller);

        assertThat(TwilioSignature.of(TOKEN, URL, fields)).isEqualTo(signature);
        assertThat(new RequestValidator(TOKEN).validate(URL, fields, signature)).isTrue();
    }

    @Test
    void theSdkRefusesTheSignatureOnceAFieldTheUrlOrTheTokenChanges() {
        Map<String, String> fields = exampleFields("+14158675310");
        String signature = TwilioSignature.of(TOKEN, URL, fields);
        Map<String, String> otherDigits = new LinkedHashMap<>(fields);
        otherDigits.put("Digits", "1235");

        assertThat(new RequestValidator(TOKEN).validate(URL, otherDigits, signature)).isFalse();
        assertThat(
                        new RequestValidator(TOKEN)
                                .validate(URL.replace("bar=2", "bar=3"), fields, signature))
                .isFalse();
        assertThat(new RequestValidator("54321").validate(URL, fields, signature)).isFalse();
    }

    @Test
    void theSdkAcceptsWhatTheFakeSignsForATextWithAccentsAndSymbols() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
        fields.put("From", "+4915112345678");
        fields.put("Body", "Code 123456 & PIN 9876 — grüße + danke =)");
        String url = "http://127.0.0.1:8080/realms/mfa-demo/mfa-portal/phone/texts/inbound";

        assertThat(
                        new RequestValidator(TOKEN)
                                .validate(url, fields, TwilioSignature.of(TOKEN, url, fields)))
                .isTrue();
    }

    private static Map<String, String> exampleFields(String caller) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CallSid", "CA1234567890ABCDE");
        fields.put("Caller", caller);
        fields.put("Digits", "1234");
        fields.put("From", caller);
        fields.put("To", "+18005551212");
        return fields;
    }
}
