package org.mfaportal.device;

import java.net.URI;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The challenge url as the app puts it into the signed string: Dart's {@code
 * Uri.parse(url).toString()} (spec §3). Scheme and host in lower case, the scheme's default port
 * dropped, percent escapes in upper case and unreserved characters unescaped. A server that signs
 * another spelling has its challenges dropped, silently, by the app.
 */
final class AppUrl {

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private AppUrl() {}

    static String canonical(URI url) {
        StringBuilder out = new StringBuilder();
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme != null) {
            out.append(scheme).append(':');
        }
        if (url.getRawAuthority() != null) {
            out.append("//");
            if (url.getRawUserInfo() != null) {
                out.append(escapes(url.getRawUserInfo())).append('@');
            }
            out.append(
                    url.getHost() == null
                            ? url.getRawAuthority()
                            : url.getHost().toLowerCase(Locale.ROOT));
            if (url.getPort() >= 0 && url.getPort() != defaultPort(scheme)) {
                out.append(':').append(url.getPort());
            }
        }
        out.append(escapes(url.getRawPath() == null ? "" : url.getRawPath()));
        if (url.getRawQuery() != null) {
            out.append('?').append(escapes(url.getRawQuery()));
        }
        if (url.getRawFragment() != null) {
            out.append('#').append(escapes(url.getRawFragment()));
        }
        return out.toString();
    }

    private static int defaultPort(String scheme) {
        if ("http".equals(scheme)) {
            return 80;
        }
        return "https".equals(scheme) ? 443 : -1;
    }

    private static String escapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                char decoded = (char) HexFormat.fromHexDigits(raw, i + 1, i + 3);
                if (UNRESERVED.indexOf(decoded) >= 0) {
                    out.append(decoded);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
