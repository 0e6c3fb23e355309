package org.mfaportal.it.kit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * How the demo realm on a server differs from the realm export it was imported from, in the parts a
 * test may change: portal settings (trusted ranges among them), the portal's other realm
 * attributes, the export's realm fields and flow bindings, its flows and required actions. One line
 * per difference. The kit's own change at start (sslRequired, which the export leaves unset) is not
 * one.
 */
public final class RealmDrift {

    /** The bindings the export leaves to Keycloak's defaults: no test may rebind them either. */
    private static final Map<String, String> DEFAULT_BINDINGS =
            Map.of(
                    "registrationFlow",
                    "registration",
                    "directGrantFlow",
                    "direct grant",
                    "resetCredentialsFlow",
                    "reset credentials",
                    "clientAuthenticationFlow",
                    "clients",
                    "dockerAuthenticationFlow",
                    "docker auth",
                    "firstBrokerLoginFlow",
                    "first broker login");

    /**
     * Parts of the export compared on their own below (or not at all: users and clients are per
     * test; roles and groups are not fields of the realm's representation, and tests make groups of
     * their own).
     */
    private static final Set<String> NOT_FIELDS =
            Set.of(
                    "realm",
                    "users",
                    "clients",
                    "roles",
                    "groups",
                    "attributes",
                    "authenticationFlows",
                    "authenticatorConfig",
                    "requiredActions",
                    "identityProviders",
                    "identityProviderMappers");

    private final AdminClient admin;
    private final String realm;
    private final JsonNode export;
    private final List<String> differences = new ArrayList<>();

    private RealmDrift(AdminClient admin, String realm, JsonNode export) {
        this.admin = admin;
        this.realm = realm;
        this.export = export;
    }

    /**
     * The differences between the server's demo realm and the export at {@code exportFile}; empty
     * when none.
     */
    public static List<String> of(KeycloakServer server, Path exportFile) {
        try {
            RealmDrift drift =
                    new RealmDrift(
                            server.admin(),
                            KeycloakServer.REALM,
                            AdminClient.JSON.readTree(exportFile.toFile()));
            JsonNode live =
                    server.admin()
                            .get("/admin/realms/" + KeycloakServer.REALM)
                            .requireStatus(200)
                            .json();
            drift.portalSettings();
            drift.portalAttributes(live.path("attributes"));
            drift.fields(live);
            drift.flows();
            drift.requiredActions();
            drift.identityProviders();
            return drift.differences;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void portalSettings() throws IOException {
        Map<String, String> imported =
                AdminClient.JSON.convertValue(export.path("attributes"), new TypeReference<>() {});
        // Through JSON, so that numbers and lists compare as the settings API writes them.
        Map<String, Object> expected =
                AdminClient.JSON.readValue(
                        AdminClient.JSON.writeValueAsString(
                                PortalSettings.from(imported::get).asJson()),
                        new TypeReference<>() {});
        Map<String, Object> now = admin.portalSettings(realm);
        expected.forEach((key, value) -> differ("portal setting " + key, value, now.get(key)));
    }

    /**
     * The portal's realm attributes that are no setting (the question catalog); a blank one reads
     * as unset.
     */
    private void portalAttributes(JsonNode live) {
        Set<String> settings = new HashSet<>();
        for (PortalSetting setting : PortalSetting.values()) {
            settings.add(setting.attribute());
        }
        Map<String, String> expected = portalAttributesOf(export.path("attributes"), settings);
        Map<String, String> now = portalAttributesOf(live, settings);
        Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(now.keySet());
        keys.stream()
                .sorted()
                .forEach(key -> differ("realm attribute " + key, expected.get(key), now.get(key)));
    }

    private static Map<String, String> portalAttributesOf(
            JsonNode attributes, Set<String> settings) {
        Map<String, String> map = new HashMap<>();
        attributes
                .fields()
                .forEachRemaining(
                        field -> {
                            String key = field.getKey();
                            if (key.startsWith(PortalSetting.ATTRIBUTE_PREFIX)
                                    && !settings.contains(key)
                                    && !field.getValue().asText().isBlank()) {
                                map.put(key, field.getValue().asText());
                            }
                        });
        return map;
    }

    /**
     * The export's identity providers (which the realm's representation leaves out), as exported:
     * enabled or not, their post login flow; and none that a story added and left behind.
     */
    private void identityProviders() {
        Map<String, String> expected = new HashMap<>();
        export.path("identityProviders")
                .forEach(p -> expected.put(p.path("alias").asText(), summary(p)));
        Map<String, String> now = new HashMap<>();
        admin.get("/admin/realms/" + realm + "/identity-provider/instances")
                .requireStatus(200)
                .json()
                .forEach(p -> now.put(p.path("alias").asText(), summary(p)));
        differ(
                "identity providers",
                new java.util.TreeMap<>(expected),
                new java.util.TreeMap<>(now));
    }

    private static String summary(JsonNode provider) {
        return "enabled="
                + provider.path("enabled").asBoolean()
                + " postLogin="
                + provider.path("postBrokerLoginFlowAlias").asText();
    }

    private void fields(JsonNode live) {
        export.fields()
                .forEachRemaining(
                        field -> {
                            if (!NOT_FIELDS.contains(field.getKey())) {
                                differ(
                                        "realm field " + field.getKey(),
                                        unordered(field.getValue()),
                                        unordered(live.get(field.getKey())));
                            }
                        });
        DEFAULT_BINDINGS.forEach(
                (binding, flow) -> {
                    if (!export.has(binding)) {
                        differ("realm field " + binding, flow, live.path(binding).asText(null));
                    }
                });
    }

    /**
     * A list field of a realm is a set in Keycloak (supportedLocales, eventsListeners): its order
     * is not kept.
     */
    private static Object unordered(JsonNode value) {
        if (value == null || !value.isArray()) {
            return value;
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.toString()));
        items.sort(null);
        return items;
    }

    private void flows() {
        Map<String, JsonNode> imported = new LinkedHashMap<>();
        export.path("authenticationFlows")
                .forEach(flow -> imported.put(flow.get("alias").asText(), flow));
        for (JsonNode flow :
                admin.get(base() + "/authentication/flows").requireStatus(200).json()) {
            String alias = flow.get("alias").asText();
            if (!flow.path("builtIn").asBoolean() && !imported.containsKey(alias)) {
                differences.add("flow '" + alias + "' was added");
            }
        }
        imported.values().stream()
                .filter(flow -> flow.path("topLevel").asBoolean())
                .forEach(
                        flow -> {
                            String alias = flow.get("alias").asText();
                            List<String> expected = new ArrayList<>();
                            flatten(imported, alias, 0, expected);
                            List<String> now = new ArrayList<>();
                            for (JsonNode execution :
                                    admin.get(
                                                    base()
                                                            + "/authentication/flows/"
                                                            + alias.replace(" ", "%20")
                                                            + "/executions")
                                            .requireStatus(200)
                                            .json()) {
                                now.add(
                                        step(
                                                execution.get("level").asInt(),
                                                execution.path("authenticationFlow").asBoolean()
                                                        ? execution.get("displayName").asText()
                                                        : execution.get("providerId").asText(),
                                                execution.get("requirement").asText(),
                                                execution.has("authenticationConfig")));
                            }
                            differ("flow '" + alias + "'", expected, now);
                        });
    }

    /** The executions of an exported flow as Keycloak lists them: depth first, by priority. */
    private static void flatten(
            Map<String, JsonNode> flows, String alias, int level, List<String> steps) {
        List<JsonNode> executions = new ArrayList<>();
        flows.get(alias).path("authenticationExecutions").forEach(executions::add);
        executions.sort(
                (a, b) -> Integer.compare(a.path("priority").asInt(), b.path("priority").asInt()));
        for (JsonNode execution : executions) {
            boolean subFlow = execution.path("authenticatorFlow").asBoolean();
            String name =
                    subFlow
                            ? execution.get("flowAlias").asText()
                            : execution.get("authenticator").asText();
            steps.add(
                    step(
                            level,
                            name,
                            execution.get("requirement").asText(),
                            execution.has("authenticatorConfig")));
            if (subFlow) {
                flatten(flows, name, level + 1, steps);
            }
        }
    }

    private static String step(int level, String name, String requirement, boolean configured) {
        return "  ".repeat(level) + name + " " + requirement + (configured ? " (configured)" : "");
    }

    private void requiredActions() {
        Map<String, JsonNode> now = new HashMap<>();
        admin.get(base() + "/authentication/required-actions")
                .requireStatus(200)
                .json()
                .forEach(action -> now.put(action.get("alias").asText(), action));
        for (JsonNode action : export.path("requiredActions")) {
            String alias = action.get("alias").asText();
            JsonNode live = now.get(alias);
            if (live == null) {
                differences.add("required action '" + alias + "' was removed");
                continue;
            }
            for (String field : List.of("enabled", "defaultAction")) {
                if (action.has(field)) {
                    differ(
                            "required action '" + alias + "' " + field,
                            action.get(field),
                            live.get(field));
                }
            }
            JsonNode config = live.path("config");
            differ(
                    "required action '" + alias + "' config",
                    action.path("config").isMissingNode()
                            ? AdminClient.JSON.createObjectNode()
                            : action.path("config"),
                    config.isMissingNode() ? AdminClient.JSON.createObjectNode() : config);
        }
    }

    private void differ(String what, Object imported, Object now) {
        if (!Objects.equals(imported, now)) {
            differences.add(what + ": imported " + imported + ", now " + now);
        }
    }

    private String base() {
        return "/admin/realms/" + realm;
    }
}
