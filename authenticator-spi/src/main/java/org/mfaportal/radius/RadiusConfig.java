package org.mfaportal.radius;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One execution's RADIUS options, read and checked once per sign-in attempt. The shared secret is
 * kept as configured (perhaps a vault reference): {@link RadiusPasswordForm} resolves it.
 */
record RadiusConfig(
        List<RadiusServer> servers,
        String sharedSecretReference,
        Duration timeout,
        int retries,
        String nasIdentifier) {

    static final Duration SHORTEST_TIMEOUT = Duration.ofMillis(100);
    static final Duration LONGEST_TIMEOUT = Duration.ofSeconds(30);
    static final int MOST_RETRIES = 5;

    RadiusConfig {
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no RADIUS server configured");
        }
        if (sharedSecretReference == null || sharedSecretReference.isEmpty()) {
            throw new IllegalArgumentException("no RADIUS shared secret configured");
        }
        if (timeout.compareTo(SHORTEST_TIMEOUT) < 0 || timeout.compareTo(LONGEST_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    "RADIUS timeout out of 100..30000 ms: " + timeout.toMillis());
        }
        if (retries < 0 || retries > MOST_RETRIES) {
            throw new IllegalArgumentException("RADIUS retries out of 0..5: " + retries);
        }
    }

    /**
     * Reads an execution's config; throws {@link IllegalArgumentException} naming what is wrong.
     */
    static RadiusConfig from(Map<String, String> values) {
        List<RadiusServer> servers = new ArrayList<>();
        String primary = RadiusOption.PRIMARY_SERVER.readFrom(values);
        if (!primary.isEmpty()) {
            servers.add(RadiusServer.parse(primary));
        }
        String secondary = RadiusOption.SECONDARY_SERVER.readFrom(values);
        if (!secondary.isEmpty()) {
            servers.add(RadiusServer.parse(secondary));
        }
        return new RadiusConfig(
                servers,
                RadiusOption.SHARED_SECRET.readFrom(values),
                Duration.ofMillis(number(RadiusOption.TIMEOUT_MILLIS, values)),
                (int) number(RadiusOption.RETRIES, values),
                RadiusOption.NAS_IDENTIFIER.readFrom(values));
    }

    private static long number(RadiusOption option, Map<String, String> values) {
        String text = option.readFrom(values);
        if (text.isEmpty()
                || text.length() > 6
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "not a whole number in " + option.key() + ": " + text);
        }
        return Long.parseLong(text);
    }
}
