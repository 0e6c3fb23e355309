package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mfaportal.it.push.PushUsers.OUTSIDE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.device.Answer;
import org.mfaportal.device.DeclineReason;
import org.mfaportal.device.HttpResult;
import org.mfaportal.device.PushRequest;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.settings.PortalSetting;

/**
 * The phone says why it was denied (privacyIDEA Authenticator 4.8.0 after the server announced
 * decline reasons): "not me" is a fraud report, "cancelled" a plain denial; an older app's denial
 * stays what it was.
 */
@ExtendWith(KeycloakServer.Extension.class)
class NotMeFromThePhoneIT {

    private final KeycloakServer server;
    private final DemoApp app;

    NotMeFromThePhoneIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @Test
    void notMeOnThePhoneRefusesTheSignInAndReportsFraud() {
        PushUsers.Enrolled nia = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, nia.user());
            PushRequest request = Phone.theOnlyRequest(nia.device());
            assertThat(request.declineReasons()).as("the server announced the reasons").isTrue();

            Answer notMe = nia.device().decline(request, DeclineReason.UNKNOWN_TRIGGER);

            assertThat(notMe.status()).isEqualTo(200);
            assertThat(waiting.awaitState(5)).isEqualTo("DENIED");
            Page refused = waiting.continueOn();
            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.feedback()).contains("denied on your phone");
        }
        JsonNode event = denial(nia, "mfa_push_denied");
        assertThat(event.path("details").path("suspicious").asText()).isEqualTo("true");
        assertThat(event.path("details").path("decline_reason").asText())
                .isEqualTo("unknown_trigger");
        assertThat(event.path("details").path("mfa_method").asText()).isEqualTo("mfa-push");
        assertThat(event.path("details").path("mfa_push_serial").asText())
                .isEqualTo(nia.device().serial());
    }

    @Test
    void cancelledOnThePhoneIsAPlainDenialThatCountsAgainstNothing() {
        try (var settings =
                server.portalSettings(
                        Map.of(PortalSetting.PUSH_DENIALS_PER_USER_PER_HOUR.key(), 1))) {
            PushUsers.Enrolled col = PushUsers.enrolled(server, app);
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                PushWait waiting = PushUsers.signIn(app, browser, col.user());

                Answer cancelled =
                        col.device()
                                .decline(
                                        Phone.theOnlyRequest(col.device()),
                                        DeclineReason.CANCELLED);

                assertThat(cancelled.status()).isEqualTo(200);
                assertThat(waiting.awaitState(5)).isEqualTo("DENIED");
                Page denied = waiting.continueOn();
                assertThat(DemoApp.isSignedIn(denied)).isFalse();

                // One denial an hour is allowed here: a cancel is none, so the next push goes out.
                PushWait again = new PushWait(new PushWait(denied).click("again"));
                assertThat(again.isWaiting()).as(again.page().feedback()).isTrue();
                assertThat(Phone.answerTheOnlyRequest(col.device(), again.number()).accepted())
                        .isTrue();
                assertThat(DemoApp.isSignedIn(again.continueOn())).isTrue();
            }
            JsonNode event = denial(col, "mfa_push_cancelled");
            assertThat(event.path("details").has("suspicious")).isFalse();
            assertThat(event.path("details").path("decline_reason").asText())
                    .isEqualTo("cancelled");
            assertThat(errors(col)).doesNotContain("mfa_push_denied");
        }
    }

    @Test
    void aReasonItsSignatureDoesNotCoverIsRefusedAndDecidesNothing() {
        PushUsers.Enrolled mal = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, mal.user());
            PushRequest request = Phone.theOnlyRequest(mal.device());

            // "Not me" turned into "cancelled" on the way, and a reason added to a reasonless one.
            HttpResult downgraded =
                    mal.device()
                            .post(
                                    request.url(),
                                    Phone.tamperedDecline(
                                            mal.device(), request, "cancelled", "unknown_trigger"));
            HttpResult added =
                    mal.device()
                            .post(
                                    request.url(),
                                    Phone.tamperedDecline(
                                            mal.device(), request, "unknown_trigger", null));

            for (HttpResult refused : List.of(downgraded, added)) {
                assertThat(refused.status()).isEqualTo(400);
                assertThat(refused.body()).contains("Could not verify signature");
            }
            assertThat(waiting.awaitState(0)).isEqualTo("PENDING");
            assertThat(errors(mal)).doesNotContain("mfa_push_denied", "mfa_push_cancelled");
            assertThat(server.admin().failedLogins(KeycloakServer.REALM, mal.user().id(), 2))
                    .isEqualTo(2);

            // Still open: the phone's own answer decides. (Signing in now would meet Keycloak's
            // quick-login lock, two failures within a second, which is right but not this story.)
            assertThat(Phone.approve(mal.device(), request, waiting.number()).accepted()).isTrue();
            assertThat(waiting.awaitState(5)).isEqualTo("APPROVED");
        }
    }

    @Test
    void anOlderAppThatSendsNoReasonDeniesAsBefore() {
        PushUsers.Enrolled old = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            PushWait waiting = PushUsers.signIn(app, browser, old.user());

            // 4.7.x ignores the announcement and signs "nonce|serial|decline".
            Answer denied = old.device().deny(Phone.theOnlyRequest(old.device()));

            assertThat(denied.status()).isEqualTo(200);
            assertThat(waiting.awaitState(5)).isEqualTo("DENIED");
            assertThat(DemoApp.isSignedIn(waiting.continueOn())).isFalse();
        }
        JsonNode event = denial(old, "mfa_push_denied");
        assertThat(event.path("details").path("suspicious").asText()).isEqualTo("true");
        assertThat(event.path("details").has("decline_reason")).isFalse();
    }

    private JsonNode denial(PushUsers.Enrolled who, String error) {
        return server.admin().events(KeycloakServer.REALM, who.user().id(), "LOGIN_ERROR").stream()
                .filter(e -> error.equals(e.path("error").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no LOGIN_ERROR " + error));
    }

    private List<String> errors(PushUsers.Enrolled who) {
        return server.admin().events(KeycloakServer.REALM, who.user().id(), "LOGIN_ERROR").stream()
                .map(e -> e.path("error").asText())
                .toList();
    }
}
