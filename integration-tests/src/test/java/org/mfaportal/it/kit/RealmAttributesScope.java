package org.mfaportal.it.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Realm attributes kept as they are for the length of a try-with-resources block: for what a test
 * changes through an API of its own that stores into the realm (the question catalog), not through
 * the portal settings ({@link PortalSettingsScope}). Closing writes back the attributes as they
 * were when the scope opened; one added inside the scope is blanked, which the portal reads as
 * unset.
 */
public final class RealmAttributesScope implements AutoCloseable {

    private final AdminClient admin;
    private final String realm;
    private final Map<String, String> before;

    RealmAttributesScope(AdminClient admin, String realm) {
        this.admin = admin;
        this.realm = realm;
        this.before = attributes(admin, realm);
    }

    @Override
    public void close() {
        Map<String, String> now = attributes(admin, realm);
        if (now.equals(before)) {
            return;
        }
        // The whole map, not the difference: Keycloak's realm update may drop attributes a PUT
        // leaves out.
        Map<String, String> restore = new LinkedHashMap<>(before);
        now.keySet().forEach(key -> restore.putIfAbsent(key, ""));
        admin.put("/admin/realms/" + realm, Map.of("attributes", restore)).requireStatus(204);
        Map<String, String> after = attributes(admin, realm);
        after.keySet().removeIf(key -> !before.containsKey(key) && after.get(key).isEmpty());
        if (!after.equals(before)) {
            throw new AssertionError("Realm attributes not restored: " + difference(before, after));
        }
    }

    static Map<String, String> attributes(AdminClient admin, String realm) {
        JsonNode attributes =
                admin.get("/admin/realms/" + realm).requireStatus(200).json().path("attributes");
        Map<String, String> map = new LinkedHashMap<>();
        attributes
                .fields()
                .forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }

    private static String difference(Map<String, String> expected, Map<String, String> actual) {
        StringBuilder text = new StringBuilder();
        expected.forEach(
                (key, value) -> {
                    if (!Objects.equals(value, actual.get(key))) {
                        text.append(key)
                                .append(" was ")
                                .append(value)
                                .append(", is ")
                                .append(actual.get(key))
                                .append("; ");
                    }
                });
        actual.keySet().stream()
                .filter(key -> !expected.containsKey(key))
                .forEach(key -> text.append(key).append(" added; "));
        return text.toString();
    }
}
