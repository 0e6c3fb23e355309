package org.mfaportal.it.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.BruteForce;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.settings.PortalSetting;

/**
 * People of a company whose identity provider speaks SAML (a second realm of the test server) get
 * the portal's second step after it, in the demo realm's post-broker-login flow: they set up a
 * method on their first arrival, are asked for it afterwards, and are let through by the trusted
 * ranges and a bypass as anyone else, never while locked.
 */
@ExtendWith(KeycloakServer.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamlBrokeringIT {

    private static final String OFFICE = "10.20.0.0/16";

    private final KeycloakServer server;
    private final DemoApp app;
    private IdentityProviderRealm company;
    private BrokeredSignIn signIn;

    SamlBrokeringIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @BeforeAll
    void theDemoRealmTrustsTheCompanysSamlProvider() {
        company = new IdentityProviderRealm(server);
        signIn = new BrokeredSignIn(app, company.samlBroker(), true);
    }

    @AfterAll
    void removeTheProviderAndItsRealm() {
        company.close();
    }

    @Test
    void aNewcomerSetsUpTheSecondStepOnArrivalAndIsAskedForItNextTime() {
        IdentityProviderRealm.Person erin = company.person();
        BrokeredSignIn.Enrolled enrolled;
        try (Browser browser = server.browser()) {
            enrolled = BrokeredSignIn.enrollAuthenticatorApp(signIn.as(browser, erin));
            assertThat(DemoApp.isSignedIn(enrolled.page())).as("back at the app").isTrue();
        }
        String id = demoUserId(erin);
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, id))
                .as("the first broker login created the user, who has no password")
                .containsExactly("otp");
        assertThat(
                        server.admin()
                                .get(userPath(id) + "/federated-identity")
                                .requireStatus(200)
                                .json()
                                .get(0)
                                .get("identityProvider")
                                .asText())
                .startsWith("saml-");

        try (Browser browser = server.browser()) {
            Page secondStep = signIn.as(browser, erin);
            assertThat(secondStep.showsForm(BrokeredSignIn.OTP_FORM))
                    .as("asked for the second step")
                    .isTrue();
            Page done =
                    secondStep
                            .form(BrokeredSignIn.OTP_FORM)
                            .fill("otp", enrolled.freshCode())
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        JsonNode login = lastLogin(id);
        assertThat(login.path("details").path("identity_provider").asText()).startsWith("saml-");
        assertThat(login.path("details").has("mfa_skipped")).isFalse();
    }

    @Test
    void fromATrustedRangeTheSecondStepIsSkippedAndTheEventSaysWhy() {
        IdentityProviderRealm.Person fay = company.person();
        arriveAndEnroll(fay);
        try (var office =
                        server.portalSettings(
                                Map.of(PortalSetting.TRUSTED_RANGES.key(), List.of(OFFICE)));
                Browser browser = server.browser().forwardedFor("10.20.30.40")) {
            assertThat(DemoApp.isSignedIn(signIn.as(browser, fay)))
                    .as("signed in without a code")
                    .isTrue();
        }
        JsonNode login = lastLogin(demoUserId(fay));
        assertThat(login.path("details").path("mfa_skipped").asText()).isEqualTo("trusted_network");
        assertThat(login.path("details").path("identity_provider").asText()).startsWith("saml-");
    }

    @Test
    void aBypassSkipsTheSecondStepOnce() {
        IdentityProviderRealm.Person gus = company.person();
        arriveAndEnroll(gus);
        String id = demoUserId(gus);
        server.admin()
                .post(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/mfa-portal/users/"
                                + id
                                + "/bypass",
                        Map.of())
                .requireStatus(201);

        try (Browser browser = server.browser()) {
            assertThat(DemoApp.isSignedIn(signIn.as(browser, gus))).as("bypassed").isTrue();
        }
        assertThat(lastLogin(id).path("details").path("mfa_skipped").asText()).isEqualTo("bypass");

        try (Browser browser = server.browser()) {
            assertThat(signIn.as(browser, gus).showsForm(BrokeredSignIn.OTP_FORM))
                    .as("the bypass is used up: asked for the second step again")
                    .isTrue();
        }
    }

    /**
     * Keycloak 26.5 refuses a user its brute-force protection locked at the broker already ({@code
     * user_temporarily_disabled}), before the post login flow; the portal's own locks are refused
     * by every method as after a password.
     */
    @Test
    void aLockedUserIsRefused() {
        IdentityProviderRealm.Person hal = company.person();
        arriveAndEnroll(hal);
        String id = demoUserId(hal);
        BruteForce bruteForce = new BruteForce(server);
        bruteForce.lockWithWrongPasswords(new TestUser(id, hal.username(), null, null));
        try (Browser browser = server.browser()) {
            Page page = signIn.as(browser, hal);

            assertThat(DemoApp.isSignedIn(page)).as("refused while locked").isFalse();
            assertThat(page.feedback() + page.html().select("#kc-error-message").text())
                    .as("told so")
                    .isNotBlank();
        } finally {
            assertThat(bruteForce.locked(id)).as("still locked").isTrue();
            bruteForce.release(id);
        }
        assertThat(brokerErrorsOf(hal)).contains("user_temporarily_disabled");
    }

    /** The errors of sign-ins through the provider that never reached a user of the realm. */
    private List<String> brokerErrorsOf(IdentityProviderRealm.Person person) {
        List<String> errors = new java.util.ArrayList<>();
        server.admin()
                .get(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/events?type=IDENTITY_PROVIDER_LOGIN_ERROR&max=50")
                .requireStatus(200)
                .json()
                .forEach(
                        event -> {
                            if (person.username()
                                    .equals(
                                            event.path("details")
                                                    .path("identity_provider_identity")
                                                    .asText())) {
                                errors.add(event.path("error").asText());
                            }
                        });
        return errors;
    }

    /** A first arrival through the provider, with an authenticator app set up. */
    private BrokeredSignIn.Enrolled arriveAndEnroll(IdentityProviderRealm.Person person) {
        try (Browser browser = server.browser()) {
            BrokeredSignIn.Enrolled enrolled =
                    BrokeredSignIn.enrollAuthenticatorApp(signIn.as(browser, person));
            assertThat(DemoApp.isSignedIn(enrolled.page())).isTrue();
            return enrolled;
        }
    }

    private String demoUserId(IdentityProviderRealm.Person person) {
        return server.admin()
                .get(
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/users?exact=true&username="
                                + person.username())
                .requireStatus(200)
                .json()
                .get(0)
                .get("id")
                .asText();
    }

    private JsonNode lastLogin(String userId) {
        return server.admin().events(KeycloakServer.REALM, userId, "LOGIN").get(0);
    }

    private static String userPath(String id) {
        return "/admin/realms/" + KeycloakServer.REALM + "/users/" + id;
    }
}
