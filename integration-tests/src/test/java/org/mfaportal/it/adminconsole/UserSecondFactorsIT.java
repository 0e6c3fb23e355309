package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.AdminRoles;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.twilio.FakeTwilio;

/**
 * An administrator looks after a user's second factors through the portal's admin REST: numbers
 * masked until revealed, numbers changed with the enrollment's rules, a PIN required, a method
 * reset, a bypass, calls unlocked after a fraud report, a token assigned; each change an admin
 * event that names no full number.
 */
@ExtendWith(KeycloakServer.Extension.class)
class UserSecondFactorsIT {

    private static final String REALM_PATH = "/admin/realms/" + KeycloakServer.REALM;
    private static final String OUTSIDE = "203.0.113.89";

    private final KeycloakServer server;
    private final AdminClient admin;

    UserSecondFactorsIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
    }

    @Test
    void numbersAreMaskedUntilRevealedAndEachRevealIsAnAdminEvent() {
        String callNumber = TestUser.freshNumber();
        String textNumber = TestUser.freshNumber();
        TestUser una = TestUser.withPhoneCallsAndTextMessages(server, callNumber, textNumber);

        JsonNode user = admin.get(userPath(una)).requireStatus(200).json();

        assertThat(user.path("text").path("number").asText())
                .isNotEqualTo(textNumber)
                .endsWith(textNumber.substring(textNumber.length() - 4));
        assertThat(user.path("voice").path("number").asText())
                .isNotEqualTo(callNumber)
                .endsWith(callNumber.substring(callNumber.length() - 4));
        assertThat(user.path("defaultMethod").asText()).isEqualTo("mfa-voice");
        assertThat(user.path("canManage").asBoolean()).isTrue();
        assertThat(user.path("canReveal").asBoolean()).isTrue();
        assertThat(user.toString()).doesNotContain(textNumber, callNumber);

        JsonNode numbers = admin.get(userPath(una) + "/numbers").requireStatus(200).json();

        assertThat(numbers.path("textNumber").asText()).isEqualTo(textNumber);
        assertThat(numbers.path("callNumber").asText()).isEqualTo(callNumber);
        JsonNode reveal = lastEvent(una, "ACTION");
        assertThat(reveal.path("resourcePath").asText()).endsWith(una.id() + "/numbers");
        assertThat(reveal.path("representation").asText())
                .contains("mfa-sms", "mfa-voice")
                .doesNotContain(textNumber, callNumber);
    }

    @Test
    void aHelpdeskSeesMaskedNumbersButCannotRevealThemAndViewUsersAloneSeesNothing() {
        String number = TestUser.freshNumber();
        TestUser una = TestUser.withTextMessages(server, number);
        TestUser helpdesk = TestUser.withoutSecondFactor(server);
        AdminRoles.grant(server, helpdesk, AdminRoles.REALM_MANAGEMENT, "view-users");
        AdminRoles.grant(server, helpdesk, AdminRoles.PORTAL, "mfa-portal-helpdesk");
        TestUser viewer = TestUser.withoutSecondFactor(server);
        AdminRoles.grant(server, viewer, AdminRoles.REALM_MANAGEMENT, "view-users");
        AdminClient asHelpdesk =
                admin.as(KeycloakServer.REALM, helpdesk.username(), helpdesk.password());
        AdminClient asViewer = admin.as(KeycloakServer.REALM, viewer.username(), viewer.password());

        JsonNode seen = asHelpdesk.get(userPath(una)).requireStatus(200).json();

        assertThat(seen.path("canManage").asBoolean()).isTrue();
        assertThat(seen.path("canReveal").asBoolean()).isFalse();
        assertThat(seen.toString()).doesNotContain(number);
        assertThat(asHelpdesk.get(userPath(una) + "/numbers").status()).isEqualTo(403);
        assertThat(asViewer.get(userPath(una)).status()).isEqualTo(403);
        assertThat(asViewer.put(userPath(una) + "/phone", Map.of("number", number)).status())
                .isEqualTo(403);
    }

    @Test
    void aNumberIsChangedOnlyWhenTheEnrollmentRulesAcceptIt() {
        TestUser vic = TestUser.withTotp(server);
        String first = TestUser.freshNumber();

        admin.put(userPath(vic) + "/phone", Map.of("number", first)).requireStatus(204);

        assertThat(fullNumbers(vic).path("textNumber").asText()).isEqualTo(first);
        JsonNode change = lastEvent(vic, "UPDATE");
        assertThat(change.path("resourcePath").asText()).endsWith(vic.id() + "/phone");
        assertThat(change.path("representation").asText())
                .contains("mfa-sms")
                .doesNotContain(first);

        // Not a number; a landline cannot receive texts; a country the realm does not serve.
        assertRefused(admin.put(userPath(vic) + "/phone", Map.of("number", "12")), "number");
        assertRefused(
                admin.put(userPath(vic) + "/phone", Map.of("number", "+442079460000")), "number");
        try (var countries = server.portalSettings(Map.of("phoneCountries", List.of("DE")))) {
            assertRefused(
                    admin.put(userPath(vic) + "/phone", Map.of("number", TestUser.freshNumber())),
                    "number");
        }
        assertRefused(
                admin.put(userPath(vic) + "/phone", Map.of("number", first, "extra", 1)), null);
        assertThat(fullNumbers(vic).path("textNumber").asText()).isEqualTo(first);

        // Calls: number, extension and backup, each checked; a toll-free backup is refused whole.
        String call = TestUser.freshNumber();
        String backup = TestUser.freshNumber();
        assertRefused(
                admin.put(
                        userPath(vic) + "/voice",
                        Map.of("number", call, "backupNumber", "+18002752273")),
                "backupNumber");
        assertRefused(
                admin.put(userPath(vic) + "/voice", Map.of("number", call, "extension", "12a")),
                "extension");
        assertThat(absent(admin.get(userPath(vic)).requireStatus(200).json().path("voice")))
                .isTrue();

        admin.put(
                        userPath(vic) + "/voice",
                        Map.of("number", call, "extension", "42", "backupNumber", backup))
                .requireStatus(204);

        JsonNode numbers = fullNumbers(vic);
        assertThat(numbers.path("callNumber").asText()).isEqualTo(call);
        assertThat(numbers.path("callExtension").asText()).isEqualTo("42");
        assertThat(numbers.path("callBackupNumber").asText()).isEqualTo(backup);
        assertThat(lastEvent(vic, "UPDATE").path("representation").asText())
                .contains("mfa-voice")
                .doesNotContain(call, backup);
    }

    @Test
    void anAdminRequiresAPinAndResetsTextMessages() {
        TestUser wes = TestUser.withTotpAndTextMessages(server, TestUser.freshNumber());

        admin.put(userPath(wes) + "/pin-required", Map.of("required", true)).requireStatus(204);

        JsonNode pin = admin.get(userPath(wes)).requireStatus(200).json().path("pin");
        assertThat(pin.path("requiredForUser").asBoolean()).isTrue();
        assertThat(pin.path("required").asBoolean()).isTrue();
        assertThat(lastEvent(wes, "UPDATE").path("resourcePath").asText()).endsWith("pin-required");
        assertRefused(
                admin.put(userPath(wes) + "/pin-required", Map.of("required", "yes")), "required");

        admin.send("DELETE", userPath(wes) + "/methods/mfa-sms", null).requireStatus(204);

        assertThat(admin.credentialTypes(KeycloakServer.REALM, wes.id()))
                .doesNotContain("mfa-sms")
                .contains("otp");
        assertThat(lastEvent(wes, "DELETE").path("resourcePath").asText())
                .endsWith("methods/mfa-sms");
        assertThat(admin.send("DELETE", userPath(wes) + "/methods/mfa-sms", null).status())
                .isEqualTo(404);
        assertThat(admin.send("DELETE", userPath(wes) + "/methods/password", null).status())
                .isEqualTo(404);
    }

    @Test
    void anAdminStartsAndCancelsABypass() {
        TestUser xia = TestUser.withTotp(server);

        admin.post(userPath(xia) + "/bypass", null).requireStatus(201);

        assertThat(admin.get(userPath(xia)).json().path("bypass").path("expiresAt").asLong())
                .isPositive();
        assertThat(lastEvent(xia, "CREATE").path("resourcePath").asText()).endsWith("/bypass");

        admin.send("DELETE", userPath(xia) + "/bypass", null).requireStatus(204);

        assertThat(absent(admin.get(userPath(xia)).json().path("bypass"))).isTrue();
        assertThat(lastEvent(xia, "DELETE").path("resourcePath").asText()).endsWith("/bypass");
    }

    @Test
    void callsLockedByAFraudReportAreUnlockedByAnAdminNotByAReset() {
        String number = TestUser.freshNumber();
        TestUser yan = TestUser.withPhoneCalls(server, number, null);
        FakeTwilio twilio = server.twilio();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            new DemoApp(server).signInWithPassword(browser, yan.username(), yan.password());
            String sid = twilio.lastCallTo(number).sid();
            twilio.answer(sid);
            assertThat(twilio.press(sid, "0#").text()).contains("locked");
        }
        assertThat(admin.get(userPath(yan)).json().path("voice").path("locked").asBoolean())
                .isTrue();

        // A reset would let the user set calls up again without the lock: refused.
        assertThat(admin.send("DELETE", userPath(yan) + "/methods/mfa-voice", null).status())
                .isEqualTo(409);
        admin.post(userPath(yan) + "/voice/unlock", null).requireStatus(204);

        assertThat(admin.get(userPath(yan)).json().path("voice").path("locked").asBoolean())
                .isFalse();
        assertThat(lastEvent(yan, "UPDATE").path("resourcePath").asText()).endsWith("voice/unlock");
    }

    @Test
    void anAdminAssignsAnImportedToken() {
        TestUser zoe = TestUser.withTotp(server);
        String serial = importToken();

        admin.post(
                        REALM_PATH + "/mfa-portal/oath/tokens/" + serial + "/assignment",
                        Map.of("userId", zoe.id()))
                .requireStatus(204);

        JsonNode otp = admin.get(userPath(zoe)).requireStatus(200).json().path("otp");
        assertThat(otp.findValuesAsText("label")).contains(serial, "test authenticator");
        for (JsonNode credential : otp) {
            assertThat(credential.path("token").asBoolean())
                    .isEqualTo(serial.equals(credential.path("label").asText()));
        }
    }

    // ---- helpers ----

    /** Imports one fresh HOTP token into the realm's inventory; its serial. */
    static String importToken(AdminClient admin) {
        byte[] key = new byte[20];
        new SecureRandom().nextBytes(key);
        String serial = "IT-" + UUID.randomUUID().toString().substring(0, 13);
        admin.post(
                        REALM_PATH + "/mfa-portal/oath/tokens",
                        Map.of(
                                "format",
                                "csv",
                                "content",
                                serial + "," + HexFormat.of().formatHex(key) + ",hotp\n"))
                .requireStatus(200);
        return serial;
    }

    private String importToken() {
        return importToken(admin);
    }

    private static String userPath(TestUser user) {
        return REALM_PATH + "/mfa-portal/users/" + user.id();
    }

    private JsonNode fullNumbers(TestUser user) {
        return admin.get(userPath(user) + "/numbers").requireStatus(200).json();
    }

    /** The newest admin event of this operation on the user's portal resources. */
    private JsonNode lastEvent(TestUser user, String operation) {
        String path = URLEncoder.encode("*" + user.id() + "*", StandardCharsets.UTF_8);
        JsonNode events =
                admin.get(
                                REALM_PATH
                                        + "/admin-events?operationTypes="
                                        + operation
                                        + "&resourcePath="
                                        + path
                                        + "&max=1")
                        .requireStatus(200)
                        .json();
        assertThat(events.size()).as("a %s admin event on %s", operation, user.id()).isOne();
        return events.get(0);
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static void assertRefused(AdminClient.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().path("error_description").asText()).isNotBlank();
        if (field != null) {
            assertThat(reply.json().path("field").asText()).as(reply.body()).isEqualTo(field);
        }
    }
}
