package org.mfaportal.phone.dev;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The virtual phone's webhook signature: Base64(HMAC-SHA256(auth token, URL + every POST field's
 * name and value, sorted by name)). It covers the exact URL and every field, as a real gateway's
 * does.
 */
final class WebhookSignature {

    /** The header the virtual phone signs in. */
    static final String HEADER = "X-Virtual-Phone-Signature";

    private static final String HMAC = "HmacSHA256";

    private WebhookSignature() {}

    static String sign(String authToken, String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields)
                .forEach((name, value) -> data.append(name).append(value == null ? "" : value));
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /** Compared in constant time. */
    static boolean verify(
            String authToken, String url, Map<String, String> fields, String signature) {
        return signature != null
                && !signature.isEmpty()
                && MessageDigest.isEqual(
                        sign(authToken, url, fields).getBytes(StandardCharsets.UTF_8),
                        signature.getBytes(StandardCharsets.UTF_8));
    }
}
