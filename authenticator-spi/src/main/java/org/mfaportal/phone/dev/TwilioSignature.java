package org.mfaportal.phone.dev;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature, computed for sending: Base64(HMAC-SHA1(auth token, URL + every POST
 * field's name and value, sorted by name)). The SDK only checks signatures, so the virtual phone
 * computes its own; a unit test proves the SDK's RequestValidator accepts them.
 */
final class TwilioSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private TwilioSignature() {
    }

    static String sign(String authToken, String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value == null ? "" : value));
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is missing from this JVM", e);
        }
    }
}
