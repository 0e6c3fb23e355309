package org.mfaportal.it.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo realm's identity providers ship disabled, run the portal's second step after every
 * sign-in, and that second step is the browser flow's, execution for execution.
 */
class DemoBrokersExportTest {

    private static final Path EXPORT = Path.of("../realm-export/mfa-demo-realm.json");

    private final JsonNode realm;

    DemoBrokersExportTest() throws IOException {
        realm = new ObjectMapper().readTree(EXPORT.toFile());
    }

    @Test
    void theBrokersAreDisabledAndRunThePortalsPostLoginFlow() {
        List<String> aliases = new ArrayList<>();
        for (JsonNode provider : realm.path("identityProviders")) {
            aliases.add(provider.path("alias").asText());
            assertThat(provider.path("enabled").asBoolean()).as(provider + " enabled").isFalse();
            assertThat(provider.path("postBrokerLoginFlowAlias").asText())
                    .isEqualTo(IdentityProviderRealm.POST_BROKER_FLOW);
            assertThat(provider.path("config").path("validateSignature").asText())
                    .as("signatures checked")
                    .isEqualTo("true");
        }
        assertThat(aliases).containsExactly("corporate-saml", "corporate-oidc");
        assertThat(flow(IdentityProviderRealm.POST_BROKER_FLOW).path("topLevel").asBoolean())
                .isTrue();
    }

    @Test
    void afterABrokerTheSecondStepIsTheBrowserFlowsOne() {
        JsonNode postLogin = flow(IdentityProviderRealm.POST_BROKER_FLOW);
        JsonNode secondStep = postLogin.path("authenticationExecutions").get(0);
        assertThat(secondStep.path("requirement").asText()).isEqualTo("CONDITIONAL");
        // Keycloak fails a top-level flow in which nothing ran (a trusted range, a bypass).
        assertThat(steps(IdentityProviderRealm.POST_BROKER_FLOW))
                .containsExactly(
                        "mfa-portal broker second step CONDITIONAL",
                        "allow-access-authenticator REQUIRED");

        assertThat(steps("mfa-portal broker second step"))
                .isEqualTo(
                        steps("mfa-portal second step").stream()
                                .map(
                                        s ->
                                                s.replace(
                                                        "mfa-portal methods",
                                                        "mfa-portal broker methods"))
                                .toList());
        assertThat(steps("mfa-portal broker methods")).isEqualTo(steps("mfa-portal methods"));
    }

    /** A flow's executions as "what REQUIREMENT", in order. */
    private List<String> steps(String alias) {
        List<String> steps = new ArrayList<>();
        for (JsonNode execution : flow(alias).path("authenticationExecutions")) {
            String what =
                    execution.has("flowAlias")
                            ? execution.get("flowAlias").asText()
                            : execution.path("authenticator").asText();
            steps.add(what + " " + execution.path("requirement").asText());
        }
        return steps;
    }

    private JsonNode flow(String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow;
            }
        }
        throw new AssertionError("no flow " + alias + " in the demo realm");
    }
}
