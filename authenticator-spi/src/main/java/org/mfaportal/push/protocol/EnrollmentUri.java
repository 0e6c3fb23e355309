package org.mfaportal.push.protocol;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The QR code's otpauth://pipush/... URI, encoded as privacyIDEA encodes it (Python's {@code
 * urllib.parse.quote}: everything but unreserved characters and '/' percent-encoded).
 */
public final class EnrollmentUri {

    private EnrollmentUri() {}

    /**
     * @param label shown in the app; "issuer:account" splits into both
     * @param ttlMinutes how long the app may take to finish the rollout
     */
    public static String of(
            String label,
            String url,
            int ttlMinutes,
            String issuer,
            String enrollmentCredential,
            String serial) {
        return of(label, url, ttlMinutes, issuer, enrollmentCredential, serial, true);
    }

    /**
     * @param pollOnly "poll_only=True": the app asks Firebase for no token (privacyIDEA leaves the
     *     parameter out otherwise, and the app then registers with Firebase)
     */
    public static String of(
            String label,
            String url,
            int ttlMinutes,
            String issuer,
            String enrollmentCredential,
            String serial,
            boolean pollOnly) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("url", url);
        query.put("ttl", Integer.toString(ttlMinutes));
        query.put("issuer", issuer);
        query.put("enrollment_credential", enrollmentCredential);
        query.put("v", "1");
        query.put("serial", serial);
        query.put("sslverify", sslverify(url));
        if (pollOnly) {
            query.put("poll_only", "True");
        }
        StringBuilder uri = new StringBuilder("otpauth://pipush/").append(quote(label)).append('?');
        query.forEach(
                (key, value) ->
                        uri.append(quote(key)).append('=').append(quote(value)).append('&'));
        uri.setLength(uri.length() - 1);
        return uri.toString();
    }

    /**
     * "1" over https (the app then checks the certificate), "0" over plain http where it means
     * nothing.
     */
    public static String sslverify(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("https:") ? "1" : "0";
    }

    /**
     * The form the app re-serialises a URL to before it checks the server's signature (Dart's Uri):
     * lower-case scheme and host, no default port. A challenge must carry exactly that.
     */
    public static String canonical(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort =
                port == -1
                        || ("http".equals(scheme) && port == 80)
                        || ("https".equals(scheme) && port == 443);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + url.getRawPath();
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
