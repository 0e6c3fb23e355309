package org.mfaportal.radius;

import java.util.List;
import java.util.Map;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The options of one RADIUS execution (its authenticator config), each defined once: key, label,
 * help, type and default. {@link RadiusConfig} reads them; the admin console shows them.
 */
public enum RadiusOption {
    PRIMARY_SERVER(
            "radiusPrimaryServer",
            "Primary server",
            "host:port of the RADIUS server asked first (port 1812 when left out; [v6]:port for an"
                    + " IPv6 address).",
            ProviderConfigProperty.STRING_TYPE,
            ""),
    SECONDARY_SERVER(
            "radiusSecondaryServer",
            "Secondary server",
            "host:port asked when the primary does not answer in time; empty for none.",
            ProviderConfigProperty.STRING_TYPE,
            ""),
    SHARED_SECRET(
            "radiusSharedSecret",
            "Shared secret",
            "The secret shared with both servers, or a vault reference such as ${vault.radius}.",
            ProviderConfigProperty.PASSWORD,
            ""),
    TIMEOUT_MILLIS(
            "radiusTimeoutMillis",
            "Timeout (ms)",
            "How long to wait for each answer before sending again or moving on (100 to 30000).",
            ProviderConfigProperty.STRING_TYPE,
            "3000"),
    RETRIES(
            "radiusRetries",
            "Retries per server",
            "How many times the same request is sent again to a silent server before the next one"
                    + " (0 to 5).",
            ProviderConfigProperty.STRING_TYPE,
            "1"),
    NAS_IDENTIFIER(
            "radiusNasIdentifier",
            "NAS-Identifier",
            "The NAS-Identifier the requests carry, for the server's client rules.",
            ProviderConfigProperty.STRING_TYPE,
            "keycloak");

    private final String key;
    private final String label;
    private final String help;
    private final String type;
    private final String fallback;

    RadiusOption(String key, String label, String help, String type, String fallback) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.type = type;
        this.fallback = fallback;
    }

    public String key() {
        return key;
    }

    /** The configured value, trimmed, or the default when missing or blank. */
    String readFrom(Map<String, String> values) {
        String value = values == null ? null : values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    ProviderConfigProperty property() {
        ProviderConfigProperty property =
                new ProviderConfigProperty(
                        key, label, help, type, fallback.isEmpty() ? null : fallback);
        property.setSecret(this == SHARED_SECRET);
        property.setRequired(this == PRIMARY_SERVER || this == SHARED_SECRET);
        return property;
    }

    static List<ProviderConfigProperty> properties() {
        return java.util.Arrays.stream(values()).map(RadiusOption::property).toList();
    }
}
