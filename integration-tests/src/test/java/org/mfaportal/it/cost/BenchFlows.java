package org.mfaportal.it.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.DemoApp;

/**
 * The browser flows the benchmark compares, each bound to a client of its own: Keycloak's own
 * (password; password then its OTP form when the user has one), and the portal's flow reduced to
 * one method.
 */
final class BenchFlows {

    /** The demo realm's browser flow, the one operators copy. */
    private static final String PORTAL_FLOW = "mfa-portal browser";

    private static final Set<String> PORTAL_METHODS =
            Set.of(
                    "mfa-voice",
                    "mfa-sms",
                    "mfa-push",
                    "mfa-oath",
                    "mfa-questions",
                    "mfa-portal-setup-choice");

    private final AdminClient admin;
    private final String realm;

    BenchFlows(AdminClient admin, String realm) {
        this.admin = admin;
        this.realm = realm;
    }

    /**
     * Keycloak's browser flow as a new realm has it: cookie, or the username and password form
     * then, with {@code otp}, its OTP form for users who have an authenticator app.
     */
    String keycloakFlow(String alias, boolean otp) {
        admin.post(
                        flows(),
                        Map.of(
                                "alias",
                                alias,
                                "providerId",
                                "basic-flow",
                                "topLevel",
                                true,
                                "builtIn",
                                false,
                                "description",
                                "benchmark"))
                .requireStatus(201);
        addExecution(alias, "auth-cookie");
        addSubFlow(alias, alias + "-forms");
        addExecution(alias + "-forms", "auth-username-password-form");
        if (otp) {
            addSubFlow(alias + "-forms", alias + "-otp");
            addExecution(alias + "-otp", "conditional-user-configured");
            addExecution(alias + "-otp", "auth-otp-form");
        }
        for (JsonNode execution : executions(alias)) {
            String name =
                    execution.path("authenticationFlow").asBoolean()
                            ? execution.path("displayName").asText()
                            : execution.path("providerId").asText();
            String requirement =
                    switch (name) {
                        case "auth-cookie" -> "ALTERNATIVE";
                        case "auth-username-password-form",
                                "conditional-user-configured",
                                "auth-otp-form" ->
                                "REQUIRED";
                        default -> name.endsWith("-otp") ? "CONDITIONAL" : "ALTERNATIVE";
                    };
            ((ObjectNode) execution).put("requirement", requirement);
            AdminClient.Reply updated = admin.put(flows() + "/" + alias + "/executions", execution);
            if (updated.status() / 100 != 2) {
                throw new IllegalStateException(
                        "requirement of "
                                + name
                                + " not set: "
                                + updated.status()
                                + " "
                                + updated.body());
            }
        }
        return flowId(alias);
    }

    /**
     * A copy of the portal's browser flow (cookie, password, trusted networks, bypass, methods,
     * done) whose methods are only {@code method}.
     */
    String portalFlowWithOnly(String alias, String method) {
        admin.post(flows() + "/" + segment(PORTAL_FLOW) + "/copy", Map.of("newName", alias))
                .requireStatus(201);
        for (JsonNode execution : executions(alias)) {
            String provider = execution.path("providerId").asText();
            if (PORTAL_METHODS.contains(provider) && !provider.equals(method)) {
                admin.send(
                                "DELETE",
                                "/admin/realms/"
                                        + realm
                                        + "/authentication/executions/"
                                        + execution.get("id").asText(),
                                null)
                        .requireStatus(204);
            }
        }
        return flowId(alias);
    }

    /** A public client whose browser sign-ins run {@code flowId}. */
    void client(String clientId, String flowId) {
        admin.post(
                        "/admin/realms/" + realm + "/clients",
                        Map.of(
                                "clientId",
                                clientId,
                                "publicClient",
                                true,
                                "standardFlowEnabled",
                                true,
                                "redirectUris",
                                List.of(DemoApp.REDIRECT_URI),
                                "authenticationFlowBindingOverrides",
                                Map.of("browser", flowId)))
                .requireStatus(201);
    }

    private void addExecution(String flowAlias, String provider) {
        admin.post(
                        flows() + "/" + flowAlias + "/executions/execution",
                        Map.of("provider", provider))
                .requireStatus(201);
    }

    private void addSubFlow(String parentAlias, String alias) {
        admin.post(
                        flows() + "/" + parentAlias + "/executions/flow",
                        Map.of(
                                "alias",
                                alias,
                                "type",
                                "basic-flow",
                                "provider",
                                "registration-page-form",
                                "description",
                                "benchmark"))
                .requireStatus(201);
    }

    private JsonNode executions(String alias) {
        return admin.get(flows() + "/" + segment(alias) + "/executions").requireStatus(200).json();
    }

    private String flowId(String alias) {
        for (JsonNode flow : admin.get(flows()).requireStatus(200).json()) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow.get("id").asText();
            }
        }
        throw new IllegalStateException("no flow " + alias);
    }

    private String flows() {
        return "/admin/realms/" + realm + "/authentication/flows";
    }

    /** A flow alias as a path segment (the portal's aliases have spaces). */
    private static String segment(String alias) {
        return alias.replace(" ", "%20");
    }
}
