package org.mfaportal.it.spine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.Totp;
import org.mfaportal.oath.OathAuthenticatorFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.trustedip.TrustedNetworkConditionFactory;

/** The demo realm as the run command imports it: its flow, its users, its OIDC and SAML apps. */
@ExtendWith(KeycloakServer.Extension.class)
class DemoRealmIT {

    private final KeycloakServer server;

    DemoRealmIT(KeycloakServer server) {
        this.server = server;
    }

    @Test
    void theBrowserFlowRunsTheTrustedNetworkConditionBeforeTheSecondStep() {
        JsonNode realm =
                server.admin()
                        .get("/admin/realms/" + KeycloakServer.REALM)
                        .requireStatus(200)
                        .json();
        String flow = realm.get("browserFlow").asText();
        JsonNode executions =
                server.admin()
                        .get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/authentication/flows/"
                                        + flow.replace(" ", "%20")
                                        + "/executions")
                        .requireStatus(200)
                        .json();

        List<String> providers = executions.findValuesAsText("providerId");
        assertThat(providers)
                .containsSubsequence(
                        "auth-username-password-form",
                        TrustedNetworkConditionFactory.ID,
                        OathAuthenticatorFactory.ID);
    }

    @Test
    void demoUserBobEnrollsAndSignsInToTheOidcApp() {
        try (Browser browser = server.browser().forwardedFor("203.0.113.30")) {
            Page choice = new DemoApp(server).signInWithPassword(browser, "bob", "bob-demo");
            Page setup =
                    choice.form("mfa-setup-choice-form").fill("method", "CONFIGURE_TOTP").submit();
            String secret = setup.form("kc-totp-settings-form").value("totpSecret");

            Page app =
                    setup.form("kc-totp-settings-form")
                            .fill(
                                    "totp",
                                    Totp.code(secret, java.time.Instant.now().getEpochSecond()))
                            .submit();

            assertThat(DemoApp.isSignedIn(app)).isTrue();
        }
    }

    @Test
    void theSamlAppReceivesASignedAssertionForTheUser() {
        TestUser dave = TestUser.withTotp(server);
        try (var settings =
                        server.portalSettings(
                                Map.of(
                                        PortalSetting.TRUSTED_RANGES.key(),
                                        List.of("10.40.0.0/16")));
                Browser browser = server.browser().forwardedFor("10.40.1.1")) {
            Page login = browser.open(server.realmUrl() + "/protocol/saml/clients/demo-saml-app");

            Page post =
                    login.form("kc-form-login")
                            .fill("username", dave.username())
                            .fill("password", dave.password())
                            .submit();

            var form = post.html().selectFirst("form[method=post]");
            assertThat(form.attr("action")).isEqualTo("http://localhost:8082/saml/acs");
            String response =
                    new String(
                            Base64.getMimeDecoder()
                                    .decode(form.selectFirst("input[name=SAMLResponse]").val()),
                            StandardCharsets.UTF_8);
            assertThat(response)
                    .contains(
                            "urn:oasis:names:tc:SAML:2.0:status:Success",
                            ">" + dave.username() + "<",
                            "SignatureValue");
        }
    }
}
