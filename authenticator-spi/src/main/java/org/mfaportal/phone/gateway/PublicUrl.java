package org.mfaportal.phone.gateway;

import java.net.URI;
import java.util.Locale;

/**
 * The server's address as a gateway reaches it: every URL handed to a gateway (call script, keypad
 * action, status callbacks) starts here. Never taken from a request, whose Host header a caller
 * chooses: a forged Host would otherwise make Twilio fetch an attacker's script for a real call.
 */
public final class PublicUrl {

    /**
     * The gateway option, e.g. {@code
     * --spi-mfa-phone-gateway--twilio--public-url=https://sso.example.com/}.
     */
    public static final String OPTION = "public-url";

    private PublicUrl() {}

    /**
     * The gateway's own {@code public-url}, else Keycloak's {@code --hostname} when that is a full
     * URL (a bare host name leaves scheme, port and path to each request, so it cannot serve).
     *
     * @throws IllegalStateException naming both options when neither gives a full URL
     */
    public static URI resolve(String gatewayOption, String keycloakHostname, String optionName) {
        if (present(gatewayOption)) {
            return parse(gatewayOption, optionName);
        }
        if (present(keycloakHostname) && keycloakHostname.contains("://")) {
            return parse(keycloakHostname, "--hostname");
        }
        throw new IllegalStateException(
                "The phone gateway needs the server's public URL for the webhooks it "
                        + "hands to the gateway: set "
                        + optionName
                        + " (e.g. https://sso.example.com/) or Keycloak's "
                        + "--hostname as a full URL. It is never taken from a request's Host header.");
    }

    /** An absolute http(s) URL with a host and nothing after its path; returned ending in "/". */
    static URI parse(String value, String source) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalStateException(
                    source
                            + " must be an http(s) URL with a host and no user, query or "
                            + "fragment, e.g. https://sso.example.com/ : "
                            + value);
        }
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return URI.create(
                scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
