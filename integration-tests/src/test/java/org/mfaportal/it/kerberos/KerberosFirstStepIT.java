package org.mfaportal.it.kerberos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;

/**
 * Windows sign-in as docs/identity-providers.md wires it: Keycloak's Kerberos step as an
 * alternative to the password form in a first-step sub-flow, before the portal's second step. The
 * tests have no KDC, so the story is a browser without a ticket: Keycloak's Negotiate challenge,
 * then the password form, then the second step. The flow is a copy of the demo's browser flow,
 * bound to the demo app for this class only.
 */
@ExtendWith(KeycloakServer.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KerberosFirstStepIT {

    private static final String FLOWS = "/admin/realms/" + KeycloakServer.REALM + "/authentication";

    private final KeycloakServer server;
    private final AdminClient admin;
    private final DemoApp app;
    private final String flow = "windows-" + UUID.randomUUID().toString().substring(0, 8);
    private JsonNode appClient;

    KerberosFirstStepIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
        this.app = new DemoApp(server);
    }

    @BeforeAll
    void theDemoAppSignsInWithKerberosOrAPassword() {
        ok(admin.post(FLOWS + "/flows/mfa-portal%20browser/copy", Map.of("newName", flow)));
        String forms = subFlowEndingWith(flow, "mfa-portal forms");
        String firstStep = flow + " first step";
        ok(
                admin.post(
                        FLOWS + "/flows/" + path(forms) + "/executions/flow",
                        Map.of("alias", firstStep, "type", "basic-flow", "description", "")));
        for (String provider : new String[] {"auth-spnego", "auth-username-password-form"}) {
            ok(
                    admin.post(
                            FLOWS + "/flows/" + path(firstStep) + "/executions/execution",
                            Map.of("provider", provider)));
        }
        for (JsonNode execution : executions(firstStep)) {
            require(firstStep, execution, "ALTERNATIVE");
        }
        for (JsonNode execution : executions(forms)) {
            if (execution.path("level").asInt() != 0) {
                continue;
            }
            if (firstStep.equals(execution.path("displayName").asText())) {
                require(forms, execution, "REQUIRED");
                for (int i = 0; i < 2; i++) {
                    ok(
                            admin.post(
                                    FLOWS
                                            + "/executions/"
                                            + execution.get("id").asText()
                                            + "/raise-priority",
                                    null));
                }
            } else if ("auth-username-password-form"
                    .equals(execution.path("providerId").asText())) {
                ok(
                        admin.send(
                                "DELETE",
                                FLOWS + "/executions/" + execution.get("id").asText(),
                                null));
            }
        }
        appClient = demoAppClient();
        ObjectNode bound = appClient.deepCopy();
        bound.putObject("authenticationFlowBindingOverrides").put("browser", flowId());
        ok(admin.put(clientPath(), bound));
    }

    @AfterAll
    void putTheDemoAppBackAndRemoveTheFlow() {
        if (appClient != null) {
            ObjectNode restored = appClient.deepCopy();
            ObjectNode overrides = restored.putObject("authenticationFlowBindingOverrides");
            if (appClient.get("authenticationFlowBindingOverrides") instanceof ObjectNode before) {
                overrides.setAll(before);
            }
            if (!overrides.has("browser")) {
                overrides.put("browser", ""); // an empty value removes the binding
            }
            ok(admin.put(clientPath(), restored));
        }
        ok(admin.send("DELETE", FLOWS + "/flows/" + flowId(), null));
    }

    @Test
    void withoutATicketThePasswordFormAndThenTheSecondStep() {
        TestUser kim = TestUser.withTotp(server);
        try (Browser browser = server.browser()) {
            Page negotiate = app.startSignIn(browser);
            assertThat(negotiate.status()).as("Keycloak's Negotiate challenge").isEqualTo(401);

            // A browser without a ticket posts the page back (by script, or its button).
            Page login = negotiate.formWith("continue").submit();
            Page secondStep =
                    login.form("kc-form-login")
                            .fill("username", kim.username())
                            .fill("password", kim.password())
                            .submit();
            assertThat(secondStep.showsForm("kc-otp-login-form"))
                    .as("the second step follows the first, got '%s'", secondStep.title())
                    .isTrue();

            Page done =
                    secondStep.form("kc-otp-login-form").fill("otp", kim.currentCode()).submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
    }

    @Test
    void aNewcomerWithoutATicketIsOfferedTheSetupAfterThePassword() {
        TestUser lee = TestUser.withoutSecondFactor(server);
        try (Browser browser = server.browser()) {
            Page login = app.startSignIn(browser).formWith("continue").submit();
            Page next =
                    login.form("kc-form-login")
                            .fill("username", lee.username())
                            .fill("password", lee.password())
                            .submit();
            assertThat(next.showsForm("mfa-setup-choice-form")).isTrue();
        }
    }

    /** Keycloak answers 201, 202 or 204 to these admin calls; anything else stops the story. */
    private static void ok(AdminClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    private void require(String parent, JsonNode execution, String requirement) {
        ObjectNode changed = execution.deepCopy();
        changed.put("requirement", requirement);
        ok(admin.put(FLOWS + "/flows/" + path(parent) + "/executions", changed));
    }

    private JsonNode executions(String alias) {
        return admin.get(FLOWS + "/flows/" + path(alias) + "/executions").requireStatus(200).json();
    }

    private String subFlowEndingWith(String top, String suffix) {
        for (JsonNode execution : executions(top)) {
            String name = execution.path("displayName").asText();
            if (execution.path("authenticationFlow").asBoolean() && name.endsWith(suffix)) {
                return name;
            }
        }
        throw new AssertionError("no sub-flow " + suffix + " in " + top);
    }

    private String flowId() {
        for (JsonNode candidate : admin.get(FLOWS + "/flows").requireStatus(200).json()) {
            if (flow.equals(candidate.path("alias").asText())) {
                return candidate.get("id").asText();
            }
        }
        throw new AssertionError("no flow " + flow);
    }

    private JsonNode demoAppClient() {
        return admin.get(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/clients?clientId="
                                + DemoApp.CLIENT_ID)
                .requireStatus(200)
                .json()
                .get(0);
    }

    private String clientPath() {
        return "/admin/realms/" + KeycloakServer.REALM + "/clients/" + appClient.get("id").asText();
    }

    private static String path(String alias) {
        return URLEncoder.encode(alias, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
