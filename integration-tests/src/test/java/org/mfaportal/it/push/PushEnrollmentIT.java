package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mfaportal.it.push.PushUsers.OUTSIDE;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mfaportal.device.DeviceException;
import org.mfaportal.device.HttpResult;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.Clock;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;
import org.mfaportal.settings.PortalSetting;

/** Activating the mobile app: QR code, the app's rollout, the first approval; limits and expiry. */
@ExtendWith(KeycloakServer.Extension.class)
class PushEnrollmentIT {

    private final KeycloakServer server;
    private final DemoApp app;

    PushEnrollmentIT(KeycloakServer server) {
        this.server = server;
        this.app = new DemoApp(server);
    }

    @Test
    void scanningTheQrCodeActivatesTheAppAndAFirstApprovalEnrollsIt() {
        TestUser amy = TestUser.withoutSecondFactor(server);
        SimulatedDevice phone = SimulatedDevice.create();
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page activation =
                    Activation.generate(PushUsers.setupPage(app, browser, amy), "Amy's Pixel");
            String uri = Activation.scanQr(activation);
            assertThat(uri)
                    .startsWith("otpauth://pipush/")
                    .contains(
                            "poll_only=True",
                            "v=1",
                            "&serial=MFAP",
                            "enrollment_credential=" + Activation.activationCode(activation));
            assertThat(activation.html().getElementById("mfa-push-url").text())
                    .contains("/mfa-portal/push/");
            assertThat(server.admin().credentialTypes(KeycloakServer.REALM, amy.id()))
                    .doesNotContain("mfa-push");

            phone.enroll(uri);
            PushWait activating = new PushWait(activation);
            assertThat(activating.awaitState(10)).isEqualTo("APPROVED");
            Page ready = activating.continueOn();
            assertThat(ready.feedback()).contains("activated");
            assertThat(server.admin().credentialTypes(KeycloakServer.REALM, amy.id()))
                    .as("not enrolled before the first approval")
                    .doesNotContain("mfa-push");

            PushWait first =
                    new PushWait(
                            ready.form(PushWait.SETUP_FORM).fill("authenticate", "true").submit());
            assertThat(Phone.answerTheOnlyRequest(phone, first.number()).accepted()).isTrue();
            assertThat(first.awaitState(10)).isEqualTo("APPROVED");
            assertThat(DemoApp.isSignedIn(first.continueOn())).isTrue();
        }
        var credential =
                server
                        .admin()
                        .get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/users/"
                                        + amy.id()
                                        + "/credentials")
                        .requireStatus(200)
                        .json()
                        .findValues("type")
                        .stream()
                        .filter(t -> t.asText().equals("mfa-push"))
                        .count();
        assertThat(credential).isEqualTo(1);
        assertThat(
                        server.admin()
                                .get(
                                        "/admin/realms/"
                                                + KeycloakServer.REALM
                                                + "/users/"
                                                + amy.id()
                                                + "/credentials")
                                .body())
                .contains("Amy's Pixel")
                .doesNotContain("serverPrivateKey");
    }

    @Test
    void aWrongActivationCodeIsRefusedAndTheRightOneStillWorksOnce() {
        TestUser bob = TestUser.withoutSecondFactor(server);
        SimulatedDevice phone = SimulatedDevice.create(PushUsers.DEVICE_KEY_BITS);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page activation =
                    Activation.generate(PushUsers.setupPage(app, browser, bob), "Bob's phone");
            String uri = Activation.scanQr(activation);
            Map<String, String> query = query(uri);
            Map<String, String> rollout = new LinkedHashMap<>();
            rollout.put("enrollment_credential", "0".repeat(40));
            rollout.put("serial", query.get("serial"));
            rollout.put("fbtoken", "no_firebase_token");
            rollout.put(
                    "pubkey",
                    java.util.Base64.getEncoder().encodeToString(phone.publicKey().getEncoded()));

            HttpResult wrong = phone.post(URI.create(query.get("url")), rollout);

            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body())
                    .contains("Invalid enrollment credential")
                    .contains("\"status\":false");
            assertThat(new PushWait(activation).awaitState(0)).isEqualTo("PENDING");

            phone.enroll(uri);
            rollout.put("enrollment_credential", query.get("enrollment_credential"));
            HttpResult replay = phone.post(URI.create(query.get("url")), rollout);
            assertThat(replay.status()).isEqualTo(404);
        }
    }

    @Test
    void anActivationCodeExpiresAndThenNothingIsStored() {
        // One minute, so that the clock stays within Keycloak's own 5 minutes for a login page.
        TestUser cy = TestUser.withoutSecondFactor(server);
        SimulatedDevice phone = SimulatedDevice.create(PushUsers.DEVICE_KEY_BITS);
        try (var settings =
                        server.portalSettings(
                                Map.of(PortalSetting.MOBILE_APP_ACTIVATION_MINUTES.key(), 1));
                Browser browser = server.browser().forwardedFor(OUTSIDE);
                Clock clock = server.clock()) {
            Page activation =
                    Activation.generate(PushUsers.setupPage(app, browser, cy), "Cy's phone");
            String uri = Activation.scanQr(activation);
            assertThat(uri).contains("&ttl=1&");

            assertThat(new PushWait(activation).awaitState(0)).isEqualTo("PENDING");
            clock.advance(Duration.ofSeconds(90));
            assertThat(new PushWait(activation).awaitState(0))
                    .as("the page's long poll says so at expiry")
                    .isEqualTo("EXPIRED");
            DeviceException refused =
                    catchThrowableOfType(DeviceException.class, () -> phone.enroll(uri));

            assertThat(refused).isNotNull();
            assertThat(refused.status()).isBetween(400, 499);
            Page again = activation.form(PushWait.SETUP_FORM).submit();
            assertThat(again.feedback()).contains("expired");
            assertThat(again.showsForm(PushWait.SETUP_FORM)).isTrue();
            assertThat(again.html().getElementById("mfa-generate")).isNotNull();
        }
        assertThat(server.admin().credentialTypes(KeycloakServer.REALM, cy.id()))
                .doesNotContain("mfa-push");
    }

    @Test
    void onThePhoneItselfTheActivationLinkOpensTheAppAndCanBeCopied() {
        TestUser eli = TestUser.withoutSecondFactor(server);
        SimulatedDevice phone = SimulatedDevice.create(PushUsers.DEVICE_KEY_BITS);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page activation =
                    Activation.generate(PushUsers.setupPage(app, browser, eli), "Eli's phone");
            assertThat(activation.html().getElementById("mfa-push-open-app").text())
                    .isEqualTo("Open in the authenticator app");
            String link = activation.html().getElementById("mfa-push-open-app").attr("href");
            assertThat(link).as("the QR code's own link").isEqualTo(Activation.scanQr(activation));
            assertThat(activation.html().getElementById("mfa-push-copy-link").attr("data-link"))
                    .isEqualTo(link);
            assertThat(activation.body()).doesNotContain("type the activation code");

            // The app on the same phone opens the link (no scanning of its own screen).
            phone.enroll(link);
            Page ready = new PushWait(activation).continueOn();
            assertThat(ready.html().getElementById("mfa-authenticate")).isNotNull();
        }
    }

    @Test
    void theDeviceLimitRefusesOneMoreDeviceWithAMessage() {
        PushUsers.Enrolled dee = PushUsers.enrolled(server, app);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page signedIn = signInWithPhone(browser, dee);
            assertThat(DemoApp.isSignedIn(signedIn)).isTrue();

            Page namePage = app.startAction(browser, "mfa-push-setup");
            assertThat(namePage.feedback())
                    .contains("already have as many devices as allowed here (1)");
            assertThat(namePage.html().getElementById("mfa-generate"))
                    .as("no form to fill in vain")
                    .isNull();
            assertThat(namePage.html().getElementById("name")).isNull();
            // As a browser with a stale page would: the server still refuses.
            Page refused = Activation.generate(namePage, "A second phone");

            assertThat(refused.feedback())
                    .contains("already have as many devices as allowed here (1)");
            assertThat(refused.html().getElementById("mfa-push-qr")).isNull();
        }
        long devices =
                server.admin().credentialTypes(KeycloakServer.REALM, dee.user().id()).stream()
                        .filter("mfa-push"::equals)
                        .count();
        assertThat(devices).isEqualTo(1);
    }

    @Test
    void withTwoDevicesBothSeeTheRequestAndEitherApproves() {
        try (var settings =
                server.portalSettings(Map.of(PortalSetting.MOBILE_APP_MAX_DEVICES.key(), 2))) {
            PushUsers.Enrolled eli = PushUsers.enrolled(server, app);
            SimulatedDevice tablet = SimulatedDevice.create(PushUsers.DEVICE_KEY_BITS);
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                assertThat(DemoApp.isSignedIn(signInWithPhone(browser, eli))).isTrue();
                Page added =
                        Activation.complete(
                                app.startAction(browser, "mfa-push-setup"), "Eli's tablet", tablet);
                assertThat(DemoApp.isSignedIn(added))
                        .as(added.title() + " | " + added.feedback())
                        .isTrue();
            }
            try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
                PushWait waiting = PushUsers.signIn(app, browser, eli.user());
                var onPhone = Phone.theOnlyRequest(eli.device());
                var onTablet = Phone.theOnlyRequest(tablet);
                assertThat(onTablet.nonce()).isEqualTo(onPhone.nonce());
                assertThat(onTablet.serial())
                        .isEqualTo(tablet.serial())
                        .isNotEqualTo(onPhone.serial());

                assertThat(Phone.approve(tablet, onTablet, waiting.number()).accepted()).isTrue();
                assertThat(Phone.approve(eli.device(), onPhone, waiting.number()).status())
                        .isBetween(400, 499);
                assertThat(DemoApp.isSignedIn(waiting.continueOn())).isTrue();
            }
        }
    }

    @Test
    void aUserRenamesAndRemovesADeviceThroughThePortalApiAndItsPollsAreRefused() {
        PushUsers.Enrolled fox = PushUsers.enrolled(server, app);
        String token;
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            token = app.accessToken(signInWithPhone(browser, fox));
        }
        String api = "/realms/" + KeycloakServer.REALM + "/mfa-portal/account/devices";
        var devices =
                server.admin().sendWithToken("GET", api, null, token).requireStatus(200).json();
        assertThat(devices).hasSize(1);
        assertThat(devices.get(0).path("serial").asText()).isEqualTo(fox.device().serial());
        String id = devices.get(0).path("id").asText();

        assertThat(
                        server.admin()
                                .sendWithToken("PUT", api + "/" + id, Map.of("name", ""), token)
                                .status())
                .isEqualTo(400);
        assertThat(
                        server.admin()
                                .sendWithToken(
                                        "PUT",
                                        api + "/" + id,
                                        Map.of("name", "x".repeat(65)),
                                        token)
                                .status())
                .isEqualTo(400);
        server.admin()
                .sendWithToken("PUT", api + "/" + id, Map.of("name", "Old phone"), token)
                .requireStatus(204);
        assertThat(
                        server.admin()
                                .sendWithToken("GET", api, null, token)
                                .json()
                                .get(0)
                                .path("name")
                                .asText())
                .isEqualTo("Old phone");
        assertThat(server.admin().sendAnonymously("GET", api, null).status()).isEqualTo(401);

        server.admin().sendWithToken("DELETE", api + "/" + id, null, token).requireStatus(204);

        assertThat(server.admin().sendWithToken("GET", api, null, token).json()).isEmpty();
        DeviceException refused =
                catchThrowableOfType(DeviceException.class, () -> fox.device().poll());
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(server.admin().sendWithToken("DELETE", api + "/" + id, null, token).status())
                .isEqualTo(404);
    }

    @Test
    void anAdministratorRemovesADeviceWithKeycloaksOwnCredentialApi() {
        PushUsers.Enrolled gia = PushUsers.enrolled(server, app);
        String credentials =
                "/admin/realms/"
                        + KeycloakServer.REALM
                        + "/users/"
                        + gia.user().id()
                        + "/credentials";
        String id = null;
        for (var credential : server.admin().get(credentials).requireStatus(200).json()) {
            if (credential.path("type").asText().equals("mfa-push")) {
                id = credential.path("id").asText();
            }
        }
        assertThat(id).isNotNull();

        server.admin().send("DELETE", credentials + "/" + id, null).requireStatus(204);

        DeviceException refused =
                catchThrowableOfType(DeviceException.class, () -> gia.device().poll());
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(400);
    }

    private Page signInWithPhone(Browser browser, PushUsers.Enrolled enrolled) {
        PushWait waiting = PushUsers.signIn(app, browser, enrolled.user());
        assertThat(Phone.answerTheOnlyRequest(enrolled.device(), waiting.number()).accepted())
                .isTrue();
        return waiting.continueOn();
    }

    private static Map<String, String> query(String otpauth) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(otpauth).getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(
                    pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
