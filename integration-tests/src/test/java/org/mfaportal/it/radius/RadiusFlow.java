package org.mfaportal.it.radius;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.radius.RadiusPasswordFormFactory;

/**
 * A copy of the demo realm's browser flow whose username and password form is the RADIUS one, bound
 * to a client of its own; both made through the admin REST and removed on close, so the realm stays
 * as imported. The portal's second step is the copy's, unchanged.
 */
final class RadiusFlow implements AutoCloseable {

    private static final String FLOWS = "/admin/realms/" + KeycloakServer.REALM + "/authentication";

    private final KeycloakServer server;
    private final AdminClient admin;
    private final String name = "radius-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String flowId;
    private final String executionId;
    private final String clientUuid;
    private String configId;

    RadiusFlow(KeycloakServer server, Map<String, String> config) {
        this.server = server;
        this.admin = server.admin();
        admin.post(
                        FLOWS + "/flows/" + encode("mfa-portal browser") + "/copy",
                        Map.of("newName", name))
                .requireStatus(201);
        flowId = flowIdOf(name);
        String forms = name + " mfa-portal forms";
        executionId = replacePasswordForm(forms);
        configure(config);
        admin.post(
                        "/admin/realms/" + KeycloakServer.REALM + "/clients",
                        Map.of(
                                "clientId",
                                name,
                                "publicClient",
                                true,
                                "standardFlowEnabled",
                                true,
                                "redirectUris",
                                java.util.List.of(DemoApp.REDIRECT_URI),
                                "authenticationFlowBindingOverrides",
                                Map.of("browser", flowId)))
                .requireStatus(201);
        clientUuid =
                admin.get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/clients?clientId="
                                        + encode(name))
                        .requireStatus(200)
                        .json()
                        .get(0)
                        .get("id")
                        .asText();
    }

    /** Replaces the execution's config (servers, secret, timeouts). */
    void configure(Map<String, String> config) {
        Map<String, Object> body = Map.of("alias", name + "-config", "config", config);
        if (configId == null) {
            admin.post(FLOWS + "/executions/" + executionId + "/config", body).requireStatus(201);
            configId =
                    execution(name + " mfa-portal forms", RadiusPasswordFormFactory.PROVIDER_ID)
                            .get("authenticationConfig")
                            .asText();
        } else {
            admin.put(FLOWS + "/config/" + configId, body).requireStatus(204);
        }
    }

    /** Opens the client's sign-in and submits the username and password form. */
    Page signIn(Browser browser, String username, String password) {
        return browser.open(signInUrl())
                .form("kc-form-login")
                .fill("username", username)
                .fill("password", password)
                .submit();
    }

    private String signInUrl() {
        return server.realmUrl()
                + "/protocol/openid-connect/auth?client_id="
                + encode(name)
                + "&redirect_uri="
                + encode(DemoApp.REDIRECT_URI)
                + "&response_type=code&scope=openid&state="
                + UUID.randomUUID();
    }

    private String replacePasswordForm(String forms) {
        admin.post(
                        FLOWS + "/flows/" + encode(forms) + "/executions/execution",
                        Map.of("provider", RadiusPasswordFormFactory.PROVIDER_ID))
                .requireStatus(201);
        JsonNode keycloaks = execution(forms, "auth-username-password-form");
        admin.send("DELETE", FLOWS + "/executions/" + keycloaks.get("id").asText(), null)
                .requireStatus(204);
        JsonNode ours = execution(forms, RadiusPasswordFormFactory.PROVIDER_ID);
        String id = ours.get("id").asText();
        admin.post(FLOWS + "/executions/" + id + "/raise-priority", Map.of()).requireStatus(204);
        ours = execution(forms, RadiusPasswordFormFactory.PROVIDER_ID); // with its new priority
        ((com.fasterxml.jackson.databind.node.ObjectNode) ours).put("requirement", "REQUIRED");
        int updated = admin.put(FLOWS + "/flows/" + encode(forms) + "/executions", ours).status();
        if (updated != 202 && updated != 204) {
            throw new AssertionError("requirement not set: " + updated);
        }
        return id;
    }

    private JsonNode execution(String flowAlias, String providerId) {
        for (JsonNode execution :
                admin.get(FLOWS + "/flows/" + encode(flowAlias) + "/executions")
                        .requireStatus(200)
                        .json()) {
            if (providerId.equals(execution.path("providerId").asText())) {
                return execution;
            }
        }
        throw new AssertionError("no " + providerId + " in " + flowAlias);
    }

    private String flowIdOf(String alias) {
        for (JsonNode flow : admin.get(FLOWS + "/flows").requireStatus(200).json()) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow.get("id").asText();
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    @Override
    public void close() {
        admin.send(
                        "DELETE",
                        "/admin/realms/" + KeycloakServer.REALM + "/clients/" + clientUuid,
                        null)
                .requireStatus(204);
        admin.send("DELETE", FLOWS + "/flows/" + flowId, null).requireStatus(204);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
