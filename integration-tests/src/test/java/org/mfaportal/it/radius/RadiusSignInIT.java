package org.mfaportal.it.radius;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.radius.RadiusMessages;
import org.mfaportal.radius.RadiusOption;

/**
 * RADIUS as the first step (issue 15.3): a realm's users sign in with their RADIUS password, then
 * the portal's second step, on the real server, against tinyradius's server on loopback.
 */
@ExtendWith(KeycloakServer.Extension.class)
class RadiusSignInIT {

    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String SECRET = "it-" + UUID.randomUUID();
    private static final String KEYCLOAK_INVALID = "Invalid username or password.";

    private final KeycloakServer server;
    private TestRadiusServer primary;
    private TestRadiusServer secondary;
    private RadiusFlow flow;

    RadiusSignInIT(KeycloakServer server) {
        this.server = server;
    }

    @BeforeEach
    void startServersAndFlow() throws Exception {
        primary = new TestRadiusServer(SECRET);
        secondary = new TestRadiusServer(SECRET);
        flow = new RadiusFlow(server, config(SECRET));
    }

    @AfterEach
    void removeThem() {
        flow.close();
        primary.close();
        secondary.close();
    }

    @Test
    void theRadiusPasswordThenTheSecondStepSignsIn() {
        TestUser alice = TestUser.withTotp(server);
        String radiusPassword = "radius-" + UUID.randomUUID();
        primary.accepts(alice.username(), radiusPassword);
        try (Browser browser = server.browser()) {
            Page otp = flow.signIn(browser, alice.username(), radiusPassword);
            assertThat(otp.showsForm(OTP_FORM)).as("the portal's second step follows").isTrue();

            Page done = otp.form(OTP_FORM).fill("otp", alice.currentCode()).submit();

            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        assertThat(primary.received())
                .as("every request carried a valid Message-Authenticator")
                .isNotEmpty()
                .allMatch(TestRadiusServer.Received::validMessageAuthenticator);
        assertThat(secondary.received()).isEmpty();
    }

    @Test
    void aRejectIsAWrongPasswordCountedByBruteForce() {
        TestUser bob = TestUser.withTotp(server);
        primary.accepts(bob.username(), "radius-" + UUID.randomUUID());
        try (Browser browser = server.browser()) {
            // Keycloak's own password is not what this flow checks.
            Page refused = flow.signIn(browser, bob.username(), bob.password());

            assertThat(refused.showsForm("kc-form-login")).isTrue();
            assertThat(refused.feedback()).isEqualTo(KEYCLOAK_INVALID);
            assertThat(DemoApp.isSignedIn(refused)).isFalse();
        }
        assertThat(server.admin().failedLogins(KeycloakServer.REALM, bob.id(), 1)).isEqualTo(1);
        assertThat(lastError(bob)).isEqualTo("invalid_user_credentials");
    }

    @Test
    void aChallengeIsExplainedAndSignsNoOneIn() {
        TestUser carol = TestUser.withTotp(server);
        String radiusPassword = "radius-" + UUID.randomUUID();
        primary.challenges(carol.username(), radiusPassword, "Enter your token code");
        try (Browser browser = server.browser()) {
            Page page = flow.signIn(browser, carol.username(), radiusPassword);

            assertThat(DemoApp.isSignedIn(page)).isFalse();
            assertThat(page.showsForm(OTP_FORM)).isFalse();
            assertThat(page.feedback())
                    .isEqualTo(english(RadiusMessages.CHALLENGE_SAID, "Enter your token code"));
        }
        assertThat(lastError(carol)).isEqualTo("radius_challenge");
        assertThat(server.admin().failedLogins(KeycloakServer.REALM, carol.id(), 0)).isZero();
    }

    @Test
    void aSilentPrimaryFailsOverToTheSecondary() {
        TestUser dave = TestUser.withTotp(server);
        String radiusPassword = "radius-" + UUID.randomUUID();
        primary.silent().accepts(dave.username(), radiusPassword);
        secondary.accepts(dave.username(), radiusPassword);
        try (Browser browser = server.browser()) {
            Page otp = flow.signIn(browser, dave.username(), radiusPassword);

            assertThat(otp.showsForm(OTP_FORM)).isTrue();
            assertThat(
                            DemoApp.isSignedIn(
                                    otp.form(OTP_FORM).fill("otp", dave.currentCode()).submit()))
                    .isTrue();
        }
        assertThat(primary.received()).as("the first request and one retry").hasSize(2);
        assertThat(secondary.received()).hasSize(1);
    }

    @Test
    void bothServersSilentIsAClearErrorAndNoSession() {
        TestUser erin = TestUser.withTotp(server);
        primary.silent().accepts(erin.username(), "pw");
        secondary.silent().accepts(erin.username(), "pw");
        try (Browser browser = server.browser()) {
            Page page = flow.signIn(browser, erin.username(), "pw");

            assertThat(page.feedback()).isEqualTo(english(RadiusMessages.UNAVAILABLE));
            assertThat(DemoApp.isSignedIn(page)).isFalse();
            assertThat(page.showsForm(OTP_FORM)).isFalse();
        }
        assertThat(primary.received()).as("asked, then once more").hasSize(2);
        assertThat(secondary.received()).as("asked, then once more").hasSize(2);
        assertThat(lastError(erin)).isEqualTo("radius_unavailable");
        assertThat(sessions(erin)).isEmpty();
    }

    @Test
    void anAcceptSignedWithAnotherSecretIsRefused() throws Exception {
        TestUser frank = TestUser.withTotp(server);
        try (TestRadiusServer impostor = new TestRadiusServer("another-secret").acceptsEveryone()) {
            flow.configure(withServers(impostor.address(), null));
            try (Browser browser = server.browser()) {
                Page page = flow.signIn(browser, frank.username(), "anything");

                assertThat(page.feedback()).isEqualTo(english(RadiusMessages.UNAVAILABLE));
                assertThat(DemoApp.isSignedIn(page)).isFalse();
            }
            assertThat(impostor.answers()).as("the impostor did answer").isPositive();
        }
        assertThat(sessions(frank)).isEmpty();
    }

    @Test
    void anAcceptWithoutMessageAuthenticatorIsRefused() throws Exception {
        TestUser grace = TestUser.withTotp(server);
        try (TestRadiusServer old = new TestRadiusServer(SECRET).unsigned().acceptsEveryone()) {
            flow.configure(withServers(old.address(), null));
            try (Browser browser = server.browser()) {
                Page page = flow.signIn(browser, grace.username(), "anything");

                assertThat(page.feedback()).isEqualTo(english(RadiusMessages.UNAVAILABLE));
                assertThat(DemoApp.isSignedIn(page)).isFalse();
            }
            assertThat(old.answers()).as("the old server did answer").isPositive();
        }
        assertThat(sessions(grace)).isEmpty();
    }

    @Test
    void aNameRadiusAcceptsButKeycloakDoesNotKnowSignsNoOneInAndCreatesNoOne() {
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        primary.accepts(stranger, "pw-of-radius");
        try (Browser browser = server.browser()) {
            Page page = flow.signIn(browser, stranger, "pw-of-radius");

            assertThat(page.feedback()).isEqualTo(KEYCLOAK_INVALID);
            assertThat(DemoApp.isSignedIn(page)).isFalse();
        }
        assertThat(primary.received())
                .extracting(TestRadiusServer.Received::userName)
                .containsExactly(stranger);
        assertThat(
                        server.admin()
                                .get(
                                        "/admin/realms/"
                                                + KeycloakServer.REALM
                                                + "/users?exact=true&username="
                                                + stranger)
                                .requireStatus(200)
                                .json())
                .isEmpty();
    }

    private Map<String, String> config(String secret) {
        Map<String, String> config = withServers(primary.address(), secondary.address());
        config.put(RadiusOption.SHARED_SECRET.key(), secret);
        return config;
    }

    private Map<String, String> withServers(String first, String second) {
        Map<String, String> config = new HashMap<>();
        config.put(RadiusOption.PRIMARY_SERVER.key(), first);
        if (second != null) {
            config.put(RadiusOption.SECONDARY_SERVER.key(), second);
        }
        config.put(RadiusOption.SHARED_SECRET.key(), SECRET);
        config.put(RadiusOption.TIMEOUT_MILLIS.key(), "400");
        config.put(RadiusOption.RETRIES.key(), "1");
        return config;
    }

    private String lastError(TestUser user) {
        List<JsonNode> errors =
                server.admin().events(KeycloakServer.REALM, user.id(), "LOGIN_ERROR");
        assertThat(errors).as("a LOGIN_ERROR event").isNotEmpty();
        return errors.get(0).path("error").asText();
    }

    private JsonNode sessions(TestUser user) {
        return server.admin()
                .get("/admin/realms/" + KeycloakServer.REALM + "/users/" + user.id() + "/sessions")
                .requireStatus(200)
                .json();
    }

    /** A message as the English login page shows it. */
    static String english(String key, Object... arguments) {
        Properties messages = new Properties();
        try (Reader in =
                new InputStreamReader(
                        RadiusSignInIT.class.getResourceAsStream(
                                "/theme-resources/messages/messages_en.properties"),
                        UTF_8)) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessageFormat(messages.getProperty(key)).format(arguments);
    }
}
