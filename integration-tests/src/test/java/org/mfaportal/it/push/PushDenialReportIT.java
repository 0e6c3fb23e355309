package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mfaportal.it.push.PushUsers.OUTSIDE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.it.kit.AdminClient;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.BruteForce;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.PortalSettingsScope;
import org.mfaportal.settings.PortalSetting;

/**
 * A denial in the mobile app is a fraud report (someone else may hold the password): listed in the
 * admin REST's fraud view with the device; with fraudBlockDays the user's second step is blocked
 * (no request reaches the phone) until an administrator lifts the block, an admin event.
 */
@ExtendWith(KeycloakServer.Extension.class)
class PushDenialReportIT {

    private static final String PORTAL = "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/";

    private final KeycloakServer server;
    private final AdminClient admin;
    private final DemoApp app;

    PushDenialReportIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
        this.app = new DemoApp(server);
    }

    @Test
    void aDenialIsReportedBlocksTheUserAndAnAdminLiftsTheBlock() {
        PushUsers.Enrolled bea = PushUsers.enrolled(server, app);
        try (PortalSettingsScope settings =
                server.portalSettings(Map.of(PortalSetting.FRAUD_BLOCK_DAYS.key(), 1))) {
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                PushWait waiting = PushUsers.signIn(app, browser, bea.user());
                bea.device().deny(Phone.theOnlyRequest(bea.device()));
                assertThat(waiting.awaitState(5)).isEqualTo("DENIED");
            }

            JsonNode reports =
                    admin.get(PORTAL + "fraud?user=" + bea.user().username())
                            .requireStatus(200)
                            .json()
                            .path("reports");
            assertThat(reports).hasSize(1);
            assertThat(reports.get(0).path("method").asText()).isEqualTo("mfa-push");
            assertThat(reports.get(0).path("reference").asText()).isEqualTo(bea.device().serial());

            JsonNode locked = lockoutOf(bea.user().id()).orElseThrow();
            assertThat(locked.path("fraudBlockedUntil").isNumber()).isTrue();
            assertThat(locked.path("callsLocked").asBoolean()).isFalse();

            // Blocked: the right password leads nowhere, and the phone gets no request.
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                Page refused =
                        app.signInWithPassword(
                                browser, bea.user().username(), bea.user().password());
                assertThat(DemoApp.isSignedIn(refused)).isFalse();
                assertThat(refused.body()).contains(BruteForce.LOCKED_MESSAGE);
                assertThat(bea.device().poll()).isEmpty();
            }

            // A one-time bypass does not wave a blocked user through either.
            String bypass = PORTAL + "users/" + bea.user().id() + "/bypass";
            admin.post(bypass, null).requireStatus(201);
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                Page refused =
                        app.signInWithPassword(
                                browser, bea.user().username(), bea.user().password());
                assertThat(DemoApp.isSignedIn(refused)).isFalse();
                assertThat(refused.body()).contains(BruteForce.LOCKED_MESSAGE);
            } finally {
                admin.send("DELETE", bypass, null).requireStatus(204);
            }

            admin.send("DELETE", PORTAL + "lockouts/" + bea.user().id() + "/fraud-block", null)
                    .requireStatus(204);
            assertThat(lockoutOf(bea.user().id())).isEmpty();
            JsonNode events =
                    admin.get(
                                    "/admin/realms/"
                                            + KeycloakServer.REALM
                                            + "/admin-events?operationTypes=DELETE&resourceTypes=USER")
                            .requireStatus(200)
                            .json();
            assertThat(
                            StreamSupport.stream(events.spliterator(), false)
                                    .map(e -> e.path("resourcePath").asText()))
                    .anyMatch(path -> path.endsWith(bea.user().id() + "/fraud-block"));

            // Unblocked: the phone is asked again.
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                PushUsers.signIn(app, browser, bea.user());
                assertThat(bea.device().poll()).hasSize(1);
            }
        }
    }

    private Optional<JsonNode> lockoutOf(String userId) {
        return StreamSupport.stream(
                        admin.get(PORTAL + "lockouts").requireStatus(200).json().spliterator(),
                        false)
                .filter(u -> userId.equals(u.path("id").asText()))
                .findFirst();
    }
}
