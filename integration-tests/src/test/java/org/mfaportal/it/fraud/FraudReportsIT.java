package org.mfaportal.it.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.BruteForce;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.it.kit.WaitPage;
import org.mfaportal.it.kit.twilio.FakeTwilio;
import org.mfaportal.settings.PortalSetting;

/**
 * A person answers a sign-in call with 0# ("this was not me"): the report appears in the admin
 * REST's fraud view, filtered by days and user; the realm's fraud alert recipients get an email
 * after the report is stored; with fraudBlockDays the user's second step is blocked until it ends
 * by itself; the lockouts view lists what is locked and the unlocks work.
 */
@ExtendWith(KeycloakServer.Extension.class)
class FraudReportsIT {

    private static final String OUTSIDE = FraudCalls.OUTSIDE;
    private static final String PORTAL = "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/";

    private final KeycloakServer server;
    private final AdminClient admin;
    private final FakeTwilio twilio;
    private final DemoApp app;

    FraudReportsIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
        this.twilio = server.twilio();
        this.app = new DemoApp(server);
    }

    @Test
    void aCallReportedAsFraudIsListedFilteredEmailedAndBlocksUntilTheDaysPass() {
        String number = TestUser.freshNumber();
        TestUser gus = TestUser.withPhoneCalls(server, number, null);
        try (MailServer mail = new MailServer(server);
                PortalSettingsScope settings =
                        server.portalSettings(
                                Map.of(
                                        PortalSetting.FRAUD_ALERT_RECIPIENTS.key(),
                                        List.of("Security@Example.org", "helpdesk@example.org"),
                                        PortalSetting.FRAUD_BLOCK_DAYS.key(),
                                        2));
                Clock clock = server.clock()) {
            FraudCalls.reportFraudOnACall(server, gus, number);

            // The report, by user: method, call id, address.
            JsonNode report = onlyReport(admin.get(PORTAL + "fraud?user=" + gus.username()));
            assertThat(report.path("userId").asText()).isEqualTo(gus.id());
            assertThat(report.path("method").asText()).isEqualTo("mfa-voice");
            assertThat(report.path("reference").asText())
                    .isEqualTo(twilio.lastCallTo(number).sid());

            // By days (UTC, both ends included): its own day finds it, the days around it do not.
            LocalDate day =
                    Instant.ofEpochMilli(report.path("time").asLong())
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate();
            assertThat(reportsOf(gus, "&from=" + day + "&to=" + day)).hasSize(1);
            assertThat(reportsOf(gus, "&to=" + day.minusDays(1))).isEmpty();
            assertThat(reportsOf(gus, "&from=" + day.plusDays(1))).isEmpty();
            // Without a user: among the realm's reports, newest first.
            assertThat(
                            StreamSupport.stream(
                                            admin.get(PORTAL + "fraud?from=" + day)
                                                    .requireStatus(200)
                                                    .json()
                                                    .path("reports")
                                                    .spliterator(),
                                            false)
                                    .map(r -> r.path("username").asText()))
                    .contains(gus.username());

            // The alert: one email per recipient, after the report was stored.
            List<MimeMessage> emails = mail.await(2);
            assertThat(emails).hasSize(2);
            assertThat(emails.stream().map(FraudReportsIT::recipient).sorted().toList())
                    .containsExactly("helpdesk@example.org", "security@example.org");
            assertThat(subject(emails.get(0))).contains(gus.username());
            assertThat(body(emails.get(0)))
                    .contains(gus.username())
                    .contains("0# on a phone call")
                    .contains("blocked until");

            // Locked: calls (until unlocked) and the second step (for two days).
            JsonNode locked = lockoutOf(gus).orElseThrow();
            assertThat(locked.path("callsLocked").asBoolean()).isTrue();
            long twoDays = Instant.now().getEpochSecond() + Duration.ofDays(2).toSeconds();
            assertThat(locked.path("fraudBlockedUntil").asLong()).isBetween(twoDays - 120, twoDays);

            admin.post(PORTAL + "users/" + gus.id() + "/voice/unlock", null).requireStatus(204);
            locked = lockoutOf(gus).orElseThrow();
            assertThat(locked.path("callsLocked").asBoolean()).isFalse();
            int callsBefore = twilio.calls().size();
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                Page refused = app.signInWithPassword(browser, gus.username(), gus.password());
                assertThat(DemoApp.isSignedIn(refused)).isFalse();
                // Keycloak's own words for a locked user, which do not say why.
                assertThat(refused.body()).contains(BruteForce.LOCKED_MESSAGE);
                // Blocked: no call is placed at all.
                assertThat(twilio.calls()).hasSize(callsBefore);
            }

            // Two days later the block has ended by itself: calls ring again.
            clock.advance(Duration.ofDays(2).plusMinutes(1));
            assertThat(lockoutOf(gus)).isEmpty();
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                new WaitPage(app.signInWithPassword(browser, gus.username(), gus.password()));
                assertThat(twilio.calls()).hasSize(callsBefore + 1);
            }
        }
    }

    @Test
    void withoutRecipientsOrBlockDaysAReportOnlyLocksCalls() {
        String number = TestUser.freshNumber();
        TestUser hal = TestUser.withPhoneCalls(server, number, null);
        try (MailServer mail = new MailServer(server)) {
            FraudCalls.reportFraudOnACall(server, hal, number);
            onlyReport(admin.get(PORTAL + "fraud?user=" + hal.username()));
            JsonNode locked = lockoutOf(hal).orElseThrow();
            assertThat(locked.path("callsLocked").asBoolean()).isTrue();
            assertThat(locked.hasNonNull("fraudBlockedUntil")).isFalse();
            assertThat(locked.path("canUnlock").asBoolean()).isTrue();
            assertThat(mail.received()).isEmpty();
            admin.post(PORTAL + "users/" + hal.id() + "/voice/unlock", null).requireStatus(204);
            assertThat(lockoutOf(hal)).isEmpty();
        }
    }

    @Test
    void aUserLockedByWrongPasswordsIsListedUntilKeycloaksLockIsCleared() {
        TestUser ida = TestUser.withTotp(server);
        BruteForce bruteForce = new BruteForce(server);
        bruteForce.lockWithWrongPasswords(ida);
        try {
            JsonNode locked = lockoutOf(ida).orElseThrow();
            assertThat(locked.path("bruteForce").asText()).isEqualTo("temporary");
            assertThat(locked.path("canClearBruteForce").asBoolean()).isTrue();
        } finally {
            bruteForce.release(ida.id());
        }
        assertThat(lockoutOf(ida)).isEmpty();
    }

    @Test
    void badFiltersAndBadSettingsAreRefusedWithTheReason() {
        assertRefused("fraud?from=2026-13-01", "'from' must be a day as yyyy-MM-dd");
        assertRefused("fraud?from=2026-05-02&to=2026-05-01", "'from' must not be after 'to'");
        assertRefused("fraud?max=1000", "'max' must be from 1 to 100");
        assertRefused("fraud?first=-1", "'first' must be 0 or more");

        Map<String, Object> before = admin.portalSettings(KeycloakServer.REALM);
        AdminClient.Reply notAnAddress =
                admin.updatePortalSettings(
                        KeycloakServer.REALM,
                        Map.of(
                                PortalSetting.FRAUD_ALERT_RECIPIENTS.key(),
                                List.of("security@example.org", "not an address"),
                                PortalSetting.FRAUD_BLOCK_DAYS.key(),
                                3));
        assertThat(notAnAddress.status()).isEqualTo(400);
        assertThat(notAnAddress.json().path("setting").asText())
                .isEqualTo(PortalSetting.FRAUD_ALERT_RECIPIENTS.key());
        AdminClient.Reply tooLong =
                admin.updatePortalSettings(
                        KeycloakServer.REALM, Map.of(PortalSetting.FRAUD_BLOCK_DAYS.key(), 366));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("error_description").asText()).contains("from 0 to 365");
        assertThat(admin.portalSettings(KeycloakServer.REALM)).isEqualTo(before);
    }

    @Test
    void aUserWhoIsNoAdministratorSeesNoReports() {
        AdminClient bob = admin.as(KeycloakServer.REALM, "bob", "bob-demo");
        assertThat(bob.get(PORTAL + "fraud").status()).isEqualTo(403);
        assertThat(bob.get(PORTAL + "lockouts").status()).isEqualTo(403);
    }

    private void assertRefused(String query, String reason) {
        AdminClient.Reply reply = admin.get(PORTAL + query);
        assertThat(reply.status()).as(query).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_query");
        assertThat(reply.json().path("error_description").asText()).contains(reason);
    }

    private List<JsonNode> reportsOf(TestUser user, String filter) {
        JsonNode page =
                admin.get(PORTAL + "fraud?user=" + user.username() + filter)
                        .requireStatus(200)
                        .json();
        return StreamSupport.stream(page.path("reports").spliterator(), false).toList();
    }

    private static JsonNode onlyReport(AdminClient.Reply reply) {
        JsonNode reports = reply.requireStatus(200).json().path("reports");
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private Optional<JsonNode> lockoutOf(TestUser user) {
        return StreamSupport.stream(
                        admin.get(PORTAL + "lockouts").requireStatus(200).json().spliterator(),
                        false)
                .filter(u -> user.id().equals(u.path("id").asText()))
                .findFirst();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The plain-text part of the alert (Keycloak sends text and HTML as alternatives). */
    private static String body(MimeMessage message) {
        try {
            return textPart(message.getContent());
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String textPart(Object content)
            throws java.io.IOException, jakarta.mail.MessagingException {
        if (content instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                return textPart(nested);
            }
        }
        throw new AssertionError("no text part in the email");
    }
}
