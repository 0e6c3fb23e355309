package org.mfaportal.it.kit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cookies by name and path for the one server under test. Unlike java.net.CookieManager it keeps
 * Secure cookies on http://localhost, as browsers do for loopback (KEYCLOAK-FACTS: otherwise the
 * login POST fails with cookie_not_found).
 */
final class CookieJar {

    private record Key(String name, String path) {}

    private final Map<Key, String> values = new LinkedHashMap<>();

    void store(URI from, String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        String path = "/";
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
            if (attribute.startsWith("path=")) {
                path = parts[i].trim().substring(5);
            } else if (attribute.equals("max-age=0")
                    || attribute.startsWith("expires=thu, 01 jan 1970")) {
                expired = true;
            }
        }
        Key key = new Key(name, path);
        if (expired) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    String headerFor(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return values.entrySet().stream()
                .filter(
                        e ->
                                path.startsWith(e.getKey().path())
                                        || (path + "/").equals(e.getKey().path()))
                .map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A cookie's value by name (any path), or null. */
    String value(String name) {
        return values.entrySet().stream()
                .filter(e -> e.getKey().name().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    void put(String name, String path, String value) {
        values.put(new Key(name, path), value);
    }
}
