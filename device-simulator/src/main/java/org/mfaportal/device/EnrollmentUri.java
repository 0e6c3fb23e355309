package org.mfaportal.device;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An {@code otpauth://pipush/...} enrollment URI read the way the app's {@code OtpAuthProcessor}
 * and {@code PushToken.fromOtpAuthMap} read it (spec §1.2), including what the app refuses.
 *
 * @param credential the one-time {@code enrollment_credential}; null when the URI has none (the app
 *     then fails the rollout)
 */
public record EnrollmentUri(Enrollment enrollment, String credential) {

    private static final Set<String> TOKEN_TYPES =
            Set.of("HOTP", "TOTP", "PIPUSH", "PUSH", "DAYPASSWORD", "STEAM");
    private static final Set<String> PUSH_TYPES = Set.of("PIPUSH", "PUSH");
    private static final Duration DEFAULT_TTL = Duration.ofMinutes(3);

    /**
     * @throws IllegalArgumentException with the reason, when the app would not take this URI
     */
    public static EnrollmentUri parse(String text) {
        String uri = text.strip();
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
        // The app rewrites pia:// (privacyIDEA's push_use_pia_scheme policy) to otpauth://.
        if (!scheme.equals("otpauth") && !scheme.equals("pia")
                || !uri.startsWith("//", colon + 1)) {
            throw new IllegalArgumentException("not an otpauth:// URI: " + abbreviate(uri));
        }
        String rest = cutAt(uri.substring(colon + 3), '#');
        int query = rest.indexOf('?');
        String hostAndPath = query < 0 ? rest : rest.substring(0, query);
        Map<String, String> parameters =
                queryParameters(query < 0 ? "" : rest.substring(query + 1));
        int slash = hostAndPath.indexOf('/');
        String host = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String path = slash < 0 ? "" : hostAndPath.substring(slash + 1);

        String tokenType = parameters.getOrDefault("tokentype", host).toUpperCase(Locale.ROOT);
        if (!TOKEN_TYPES.contains(tokenType)) {
            throw new IllegalArgumentException("unknown token type '" + tokenType + "'");
        }
        if (!PUSH_TYPES.contains(tokenType)) {
            throw new IllegalArgumentException(
                    "a " + tokenType + " token, not a push token (pipush)");
        }
        String version = required(parameters, "v");
        if (!version.equals("1")) {
            throw new IllegalArgumentException(
                    "The piauth version [" + version + "] is not supported.");
        }
        String serial = required(parameters, "serial");
        URI url = endpoint(required(parameters, "url"));

        String decodedPath = decodeFull(path);
        String label;
        String issuer;
        int issuerEnd = decodedPath.indexOf(':');
        if (issuerEnd >= 0) {
            // "Issuer:account[:dropped]": the issuer parameter is then ignored.
            issuer = decodedPath.substring(0, issuerEnd);
            String afterIssuer = decodedPath.substring(issuerEnd + 1);
            label = cutAt(afterIssuer, ':');
        } else {
            label = decodedPath;
            issuer = decodeFull(parameters.getOrDefault("issuer", ""));
        }
        Enrollment enrollment =
                new Enrollment(
                        serial,
                        url,
                        issuer,
                        label,
                        ttl(parameters.get("ttl")),
                        booleanSafeTrue(parameters.get("sslverify")),
                        isTrue(parameters.get("poll_only")));
        return new EnrollmentUri(enrollment, parameters.get("enrollment_credential"));
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    "the enrollment URI has no '" + name + "' parameter");
        }
        return value;
    }

    /** {@code Validators.httpUri}: no scheme means https; then http or https with a host. */
    private static URI endpoint(String text) {
        String withScheme = text.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? text : "https://" + text;
        try {
            URI url = new URI(withScheme);
            String scheme = url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && url.getHost() != null
                    && !url.getHost().isEmpty()) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, as the app does for anything it cannot use
        }
        throw new IllegalArgumentException(
                "the enrollment URI's url is not an http(s) endpoint: " + text);
    }

    /** Whole minutes above zero; anything else gives the app's default of 3 minutes. */
    private static Duration ttl(String minutes) {
        try {
            long value = Long.parseLong(minutes == null ? "" : minutes.strip());
            return value > 0 ? Duration.ofMinutes(value) : DEFAULT_TTL;
        } catch (NumberFormatException e) {
            return DEFAULT_TTL;
        }
    }

    /** {@code boolSafeTrue}: only 0/false turn certificate checks off. */
    private static boolean booleanSafeTrue(String value) {
        return value == null || !(value.equals("0") || value.equalsIgnoreCase("false"));
    }

    /** {@code boolOptional}: a missing or unknown value means "not poll-only". */
    private static boolean isTrue(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }

    /** Dart's {@code Uri.queryParameters}: '+' is a space, the last of repeated keys wins. */
    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(decodeFull(key.replace('+', ' ')), decodeFull(value.replace('+', ' ')));
        }
        return parameters;
    }

    /** Dart's {@code Uri.decodeFull}: percent escapes as UTF-8, '+' left alone. */
    static String decodeFull(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%') {
                try {
                    bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new IllegalArgumentException(
                            "broken percent escape in " + abbreviate(text), e);
                }
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String cutAt(String text, char stop) {
        int index = text.indexOf(stop);
        return index < 0 ? text : text.substring(0, index);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
