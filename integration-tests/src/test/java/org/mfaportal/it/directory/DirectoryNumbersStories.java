package org.mfaportal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.ldap.LdapFederation;
import org.mfaportal.it.kit.ldap.TestDirectory;
import org.mfaportal.it.kit.twilio.CallScript;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.settings.PortalSetting;

/**
 * Users of a company directory (Keycloak's LDAP provider on a test LDAP server) arrive with their
 * phone numbers: offered at setup ("suggest") or enrolled without a setup call ("enrolled"),
 * following the directory's changes at the next sign-in. Told for each import mode and server.
 */
@ExtendWith(KeycloakServer.Extension.class)
abstract class DirectoryNumbersStories {

    private static final String OUTSIDE = "203.0.113.77";
    private static final String CHOICE = "mfa-setup-choice-form";
    private static final String SETUP = "mfa-phone-setup-form";
    private static final String REALM_PATH = "/admin/realms/" + KeycloakServer.REALM;
    private static final String ACCOUNT_API =
            "/realms/" + KeycloakServer.REALM + "/mfa-portal/account/";
    private static final String PASSWORD = "Directory-pass-1";

    /** libphonenumber's example of a UK premium-rate number: never called. */
    private static final String PREMIUM = "+44 909 876 5432";

    private final KeycloakServer server;
    private final FakeTwilio twilio;
    private final DemoApp app;
    private final TestDirectory directory;
    private final LdapFederation federation;

    /** The stories on this directory (owned from here on: closed after each story). */
    DirectoryNumbersStories(KeycloakServer server, TestDirectory directory, boolean importUsers) {
        this.server = server;
        this.twilio = server.twilio();
        this.app = new DemoApp(server);
        this.directory = directory;
        try {
            this.federation =
                    LdapFederation.add(
                            server.admin(), KeycloakServer.REALM, directory, importUsers);
        } catch (RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @AfterEach
    void removeTheDirectory() {
        federation.close();
        directory.close();
    }

    @Test
    void enrolledADirectoryNumberSignsInByCallWithoutAnySetup() {
        String number = TestUser.freshNumber();
        String uid = person(Map.of("telephoneNumber", national(number), "preferredLanguage", "de"));
        try (PortalSettingsScope scope = mode("enrolled");
                Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting = new WaitPage(app.signInWithPassword(browser, uid, PASSWORD));
            String sid = twilio.lastCallTo(number).sid();

            CallScript greeting = twilio.answer(sid);
            // preferredLanguage reached the user's locale through its mapper.
            assertThat(greeting.said().get(0).language()).isEqualTo("de-DE");
            twilio.press(sid, "#");

            String token = app.accessToken(waiting.continueSignIn());
            JsonNode voice = method(overview(token), "mfa-voice");
            assertThat(voice.path("configured").asBoolean()).isTrue();
            assertThat(voice.path("fromDirectory").asBoolean()).isTrue();
            assertThat(voice.path("setupAction").isNull())
                    .as("the directory owns it: no Update")
                    .isTrue();

            String userId = federation.userId(uid);
            JsonNode seen =
                    server.admin()
                            .get(REALM_PATH + "/mfa-portal/users/" + userId)
                            .requireStatus(200)
                            .json();
            assertThat(seen.path("voice").path("source").asText()).isEqualTo("directory");
            assertThat(
                            server.admin()
                                    .put(
                                            REALM_PATH + "/mfa-portal/users/" + userId + "/voice",
                                            Map.of("number", TestUser.freshNumber()))
                                    .status())
                    .isEqualTo(409);
        }
    }

    @Test
    void enrolledAChangedNumberIsCalledNextAndARemovedOneIsNoLongerUsed() {
        String first = TestUser.freshNumber();
        String second = TestUser.freshNumber();
        String uid = person(Map.of("telephoneNumber", first));
        try (PortalSettingsScope scope = mode("enrolled")) {
            signInByCall(uid, first);

            directory.replace(uid, "telephoneNumber", national(second));
            signInByCall(uid, second);
            assertThat(twilio.calls().stream().filter(c -> c.to().equals(first)).count())
                    .as("the old number is not called again")
                    .isEqualTo(1);

            directory.replace(uid, "telephoneNumber");
            int calls = twilio.calls().size();
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                Page next = app.signInWithPassword(browser, uid, PASSWORD);
                assertThat(next.showsForm(CHOICE))
                        .as("without a directory number the user has no method: setup")
                        .isTrue();
            }
            assertThat(twilio.calls()).hasSize(calls);
            assertThat(server.admin().credentialTypes(KeycloakServer.REALM, federation.userId(uid)))
                    .doesNotContain("mfa-voice");
        }
    }

    @Test
    void enrolledAFraudReportLocksTheDirectoryNumberAndTheLockOutlivesTheDirectoryEntry() {
        String number = TestUser.freshNumber();
        String uid = person(Map.of("telephoneNumber", number));
        try (PortalSettingsScope scope = mode("enrolled")) {
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                WaitPage waiting = new WaitPage(app.signInWithPassword(browser, uid, PASSWORD));
                String sid = twilio.lastCallTo(number).sid();
                twilio.answer(sid);
                assertThat(twilio.press(sid, "0#").text()).contains("locked");
                assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isFalse();
            }
            String userId = federation.userId(uid);
            // The report is kept even where the directory refuses the portal's user attributes.
            assertThat(server.admin().events(KeycloakServer.REALM, userId, "LOGIN_ERROR"))
                    .anyMatch(e -> "mfa_fraud_reported".equals(e.path("error").asText()));

            int calls = twilio.calls().size();
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                Page locked = app.signInWithPassword(browser, uid, PASSWORD);
                assertThat(locked.feedback()).contains("locked");
            }
            directory.replace(uid, "telephoneNumber");
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                Page next = app.signInWithPassword(browser, uid, PASSWORD);
                assertThat(next.showsForm(CHOICE))
                        .as("a locked method is no way to a fresh setup")
                        .isFalse();
                assertThat(DemoApp.isSignedIn(next)).isFalse();
            }
            assertThat(twilio.calls()).as("no call while locked").hasSize(calls);
            assertThat(server.admin().credentialTypes(KeycloakServer.REALM, userId))
                    .contains("mfa-voice");
        }
    }

    @Test
    void suggestTheSetupOffersTheDirectoryNumberAndACallConfirmsIt() {
        String number = TestUser.freshNumber();
        String uid = person(Map.of("telephoneNumber", national(number)));
        try (PortalSettingsScope scope = mode("suggest")) {
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                Page choice = app.signInWithPassword(browser, uid, PASSWORD);
                assertThat(choice.showsForm(CHOICE)).as("nothing enrolled without setup").isTrue();
                Page setup = choice.form(CHOICE).fill("method", "mfa-voice-setup").submit();
                assertThat(setup.form(SETUP).value("number")).isEqualTo(number);
                assertThat(setup.body()).contains("company directory");

                WaitPage waiting = new WaitPage(setup.form(SETUP).submit());
                String sid = twilio.lastCallTo(number).sid();
                twilio.answer(sid);
                twilio.press(sid, "#");
                assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
                assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
            }
            String userId = federation.userId(uid);
            assertThat(
                            server.admin()
                                    .get(REALM_PATH + "/mfa-portal/users/" + userId)
                                    .requireStatus(200)
                                    .json()
                                    .path("voice")
                                    .path("source")
                                    .asText())
                    .isEqualTo("user");

            // Confirmed by the user, the number is theirs: it stays when the directory drops it.
            directory.replace(uid, "telephoneNumber");
            signInByCall(uid, number);
        }
    }

    @Test
    void anInvalidDirectoryNumberIsIgnoredAndNeverStored() {
        String number = TestUser.freshNumber();
        String uid =
                person(
                        Map.of(
                                "telephoneNumber",
                                PREMIUM,
                                "otherTelephone",
                                national(number),
                                "mobile",
                                "12345"));
        int calls = twilio.calls().size();
        try (PortalSettingsScope scope = mode("enrolled")) {
            signInByCall(uid, number);
        }
        assertThat(twilio.calls()).hasSize(calls + 1);
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, federation.userId(uid)))
                .contains("mfa-voice")
                .doesNotContain("mfa-sms");
    }

    @Test
    void offTheDirectoryNumbersAreNotUsed() {
        String uid = person(Map.of("telephoneNumber", TestUser.freshNumber()));
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page choice = app.signInWithPassword(browser, uid, PASSWORD);
            assertThat(choice.showsForm(CHOICE)).isTrue();
            Page setup = choice.form(CHOICE).fill("method", "mfa-voice-setup").submit();
            assertThat(setup.form(SETUP).value("number")).isEmpty();
        }
    }

    /** A sign-in approved on a call to {@code number}. */
    private void signInByCall(String uid, String number) {
        int before = twilio.calls().size();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            WaitPage waiting = new WaitPage(app.signInWithPassword(browser, uid, PASSWORD));
            assertThat(twilio.calls()).as("one call for this sign-in").hasSize(before + 1);
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);
            twilio.press(sid, "#");
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(waiting.continueSignIn())).isTrue();
        }
    }

    /** A new person in the directory, with a unique uid and these attributes. */
    private String person(Map<String, String> attributes) {
        String uid = "dir-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> values = new java.util.HashMap<>();
        attributes.forEach((name, value) -> values.put(name, List.of(value)));
        directory.addPerson(uid, PASSWORD, values);
        return uid;
    }

    private PortalSettingsScope mode(String mode) {
        return server.portalSettings(Map.of(PortalSetting.DIRECTORY_NUMBERS.key(), mode));
    }

    /** "+14155550123" as a directory often holds it: "(415) 555-0123". */
    private static String national(String e164) {
        String digits = e164.substring(2);
        return "("
                + digits.substring(0, 3)
                + ") "
                + digits.substring(3, 6)
                + "-"
                + digits.substring(6);
    }

    private JsonNode overview(String token) {
        return server.admin()
                .sendWithToken("GET", ACCOUNT_API + "overview", null, token)
                .requireStatus(200)
                .json();
    }

    private static JsonNode method(JsonNode overview, String type) {
        for (JsonNode method : overview.path("methods")) {
            if (method.path("type").asText().equals(type)) {
                return method;
            }
        }
        throw new AssertionError("no method " + type + " in " + overview);
    }
}
