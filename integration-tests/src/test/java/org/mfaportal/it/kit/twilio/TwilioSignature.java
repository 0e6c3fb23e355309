package org.mfaportal.it.kit.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * X-Twilio-Signature as Twilio computes it for a form POST: Base64(HMAC-SHA1(auth token, the full
 * URL followed by every field's name and value, sorted by name)).
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {}

    public static String of(String authToken, String url, Map<String, String> fields) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(
                            mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is missing from this JDK", e);
        }
    }
}
