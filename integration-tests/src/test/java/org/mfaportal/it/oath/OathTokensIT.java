package org.mfaportal.it.oath;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.mfaportal.it.kit.Totp;
import org.mfaportal.settings.PortalSetting;

/**
 * Third-party OATH tokens on the real server: admins import inventories, users associate tokens
 * (imported or typed) and then sign in with them on Keycloak's own OTP form.
 */
@ExtendWith(KeycloakServer.Extension.class)
class OathTokensIT {

    private static final String TOKENS =
            "/admin/realms/" + KeycloakServer.REALM + "/mfa-portal/oath/tokens";
    private static final String ASSOCIATE = "mfa-oath-associate";
    private static final String ASSOCIATE_FORM = "mfa-oath-associate-form";
    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String OUTSIDE = "203.0.113.77";

    private final KeycloakServer server;
    private final AdminClient admin;
    private final DemoApp app;

    /**
     * Opened before each story, closed after it: the story leaves the settings as it found them.
     */
    private PortalSettingsScope settings;

    OathTokensIT(KeycloakServer server) {
        this.server = server;
        this.admin = server.admin();
        this.app = new DemoApp(server);
    }

    @BeforeEach
    void associationAllowed() {
        settings =
                server.portalSettings(Map.of(PortalSetting.OATH_ASSOCIATION_ALLOWED.key(), true));
    }

    @AfterEach
    void restoreTheSettings() {
        settings.close();
    }

    @Test
    void anImportedHotpTokenIsAssociatedByItsSerialAndSignsIn() {
        HardwareToken token = new HardwareToken();
        AdminClient.Reply imported = importCsv(token.serial + "," + token.hex() + ",hotp,6,0\n");
        assertThat(imported.json().get("imported").asInt()).isEqualTo(1);
        assertThat(inventorySerials()).contains(token.serial);
        assertThat(admin.get(TOKENS).body())
                .doesNotContain(token.hex())
                .doesNotContain(token.base32());

        TestUser ada = TestUser.withTotp(server);
        try (Browser browser = signedIn(ada, 0)) {
            // The token was pressed three times before it reached Ada: codes 0..2 are gone. She
            // presses it twice.
            Page done =
                    app.startAction(browser, ASSOCIATE)
                            .form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.hotpCode(3))
                            .fill("nextCode", token.hotpCode(4))
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        assertThat(inventorySerials()).doesNotContain(token.serial);

        assertThat(DemoApp.isSignedIn(signInWithToken(ada, token.serial, token.hotpCode(5))))
                .isTrue();
    }

    @Test
    void aTypedTotpTokenSignsInWithTheCodeOfTheWallClockWhicheverWayKeycloaksClockMoved() {
        HardwareToken token = new HardwareToken();
        TestUser ben = TestUser.withTotp(server);
        try (Browser browser = signedIn(ben, 0)) {
            Page form = app.startAction(browser, ASSOCIATE);
            Page wrong =
                    form.form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("secret", token.base32())
                            .fill("secretEncoding", "base32")
                            .fill("tokenType", "totp")
                            .fill("code", "000000")
                            .submit();
            assertThat(wrong.feedback()).contains("not the one your token shows now");

            Page done =
                    wrong.form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("secret", token.base32())
                            .fill("secretEncoding", "base32")
                            .fill("tokenType", "totp")
                            .fill("code", token.totpCode(Instant.now().getEpochSecond()))
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        try (Clock clock = server.clock()) {
            clock.advance(Duration.ofMinutes(10));
            // Keycloak's TOTP check (TimeBasedOTP) reads the wall clock, not the time offset: the
            // code
            // of "ten minutes later" is refused, the token's code of the real time passes.
            long now = Instant.now().getEpochSecond();
            assertThat(
                            signInWithToken(ben, token.serial, token.totpCode(now + 600))
                                    .showsForm(OTP_FORM))
                    .isTrue();
            assertThat(DemoApp.isSignedIn(signInWithToken(ben, token.serial, token.totpCode(now))))
                    .isTrue();
        }
    }

    @Test
    void aDriftedHotpTokenIsRefusedAtSignInUntilTheUserResynchronisesIt() {
        HardwareToken token = new HardwareToken();
        TestUser cai = TestUser.withTotp(server);
        try (Browser browser = signedIn(cai, 0)) {
            Page done =
                    app.startAction(browser, ASSOCIATE)
                            .form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("secret", token.hex())
                            .fill("secretEncoding", "hex")
                            .fill("tokenType", "hotp")
                            .fill("code", token.hotpCode(0))
                            .fill("nextCode", token.hotpCode(1))
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        // Pressed twenty times in a pocket: far beyond the realm's look-ahead window.
        assertThat(signInWithToken(cai, token.serial, token.hotpCode(22)).showsForm(OTP_FORM))
                .isTrue();

        // Resynchronising her own token searches further than claiming one (nobody else's is at
        // stake).
        try (Browser browser = signedIn(cai, 1)) {
            Page done =
                    app.startAction(browser, ASSOCIATE)
                            .form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.hotpCode(23))
                            .fill("nextCode", token.hotpCode(24))
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        assertThat(DemoApp.isSignedIn(signInWithToken(cai, token.serial, token.hotpCode(25))))
                .isTrue();
    }

    @Test
    void aStrangersHotpTokenIsClaimedOnlyWithTwoCodesInARow() {
        HardwareToken token = new HardwareToken();
        importCsv(token.serial + "," + token.hex() + ",hotp,6,0\n").requireStatus(200);
        TestUser gus = TestUser.withTotp(server);
        try (Browser browser = signedIn(gus, 0)) {
            // One right code (a lucky guess, or one code read over a shoulder) is not enough.
            Page one =
                    app.startAction(browser, ASSOCIATE)
                            .form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.hotpCode(5))
                            .submit();
            assertThat(one.feedback()).contains("two codes in a row");
            assertThat(admin.failedLogins(KeycloakServer.REALM, gus.id(), 0)).isZero();

            Page apart =
                    one.form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.hotpCode(5))
                            .fill("nextCode", token.hotpCode(7))
                            .submit();
            assertThat(apart.feedback()).contains("These are not two codes in a row of this token");
            assertThat(admin.failedLogins(KeycloakServer.REALM, gus.id(), 1)).isEqualTo(1);
            assertThat(inventorySerials()).contains(token.serial);

            Page done =
                    apart.form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.hotpCode(8))
                            .fill("nextCode", token.hotpCode(9))
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        assertThat(inventorySerials()).doesNotContain(token.serial);
        assertThat(DemoApp.isSignedIn(signInWithToken(gus, token.serial, token.hotpCode(10))))
                .isTrue();
    }

    @Test
    void aTotpTokenIsClaimedOnlyWithTheCodeOfNowNotOneMinutesAway() {
        HardwareToken token = new HardwareToken();
        importCsv(token.serial + "," + token.hex() + ",totp\n").requireStatus(200);
        TestUser hal = TestUser.withTotp(server);
        try (Browser browser = signedIn(hal, 0)) {
            long now = Instant.now().getEpochSecond();
            // Three periods ahead: outside one period either side, even if a period ends meanwhile.
            Page ahead =
                    app.startAction(browser, ASSOCIATE)
                            .form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.totpCode(now + 90))
                            .submit();
            assertThat(ahead.feedback()).contains("not the one your token shows now");
            assertThat(admin.failedLogins(KeycloakServer.REALM, hal.id(), 1)).isEqualTo(1);

            Page done =
                    ahead.form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.totpCode(Instant.now().getEpochSecond()))
                            .submit();
            assertThat(DemoApp.isSignedIn(done)).isTrue();
        }
        assertThat(inventorySerials()).doesNotContain(token.serial);
    }

    @Test
    void wrongCodesLockTheUserOutAndThenEvenTheRightCodesClaimNothing() {
        HardwareToken token = new HardwareToken();
        importCsv(token.serial + "," + token.hex() + ",hotp,6,0\n").requireStatus(200);
        TestUser ivo = TestUser.withTotp(server);
        try (Browser browser = signedIn(ivo, 0)) {
            Page page = app.startAction(browser, ASSOCIATE);
            // The realm's failure factor is 10 (Keycloak's quick-login check may lock even sooner).
            for (int attempt = 0; attempt < 10 && !lockedOut(ivo); attempt++) {
                page =
                        page.form(ASSOCIATE_FORM)
                                .fill("serial", token.serial)
                                .fill("code", "00000" + attempt)
                                .fill("nextCode", "11111" + attempt)
                                .submit();
            }
            assertThat(admin.failedLogins(KeycloakServer.REALM, ivo.id(), 2))
                    .isGreaterThanOrEqualTo(2);
            assertThat(lockedOut(ivo)).isTrue();
            int failures = admin.failedLogins(KeycloakServer.REALM, ivo.id(), 0);

            Page refused =
                    page.form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("code", token.hotpCode(0))
                            .fill("nextCode", token.hotpCode(1))
                            .submit();

            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            // Every portal setup action refuses a locked user with Keycloak's own message.
            assertThat(refused.body()).contains(BruteForce.LOCKED_MESSAGE);
            assertThat(admin.failedLogins(KeycloakServer.REALM, ivo.id(), failures + 1))
                    .isEqualTo(failures);
        }
        assertThat(inventorySerials()).contains(token.serial);
        assertThat(admin.credentialTypes(KeycloakServer.REALM, ivo.id()))
                .containsExactlyInAnyOrder("password", "otp");
        admin.send(
                        "DELETE",
                        "/admin/realms/"
                                + KeycloakServer.REALM
                                + "/attack-detection/brute-force/users/"
                                + ivo.id(),
                        null)
                .requireStatus(204);
    }

    @Test
    void whileTheUserIsLockedOutTheRightCodeDoesNotClaimTheToken() {
        HardwareToken token = new HardwareToken();
        TestUser gil = TestUser.withTotp(server);
        BruteForce bruteForce = new BruteForce(server);
        try (Browser browser = signedIn(gil, 0)) {
            Page form = app.startAction(browser, ASSOCIATE);
            bruteForce.lockWithWrongPasswords(gil);
            int failures = bruteForce.failures(gil.id());

            Page refused =
                    form.form(ASSOCIATE_FORM)
                            .fill("serial", token.serial)
                            .fill("secret", token.base32())
                            .fill("secretEncoding", "base32")
                            .fill("tokenType", "totp")
                            .fill("code", token.totpCode(Instant.now().getEpochSecond()))
                            .submit();

            assertThat(DemoApp.isSignedIn(refused)).isFalse();
            assertThat(refused.body()).contains(BruteForce.LOCKED_MESSAGE);
            assertThat(bruteForce.locked(gil.id())).isTrue();
            assertThat(bruteForce.failures(gil.id())).isEqualTo(failures);
        } finally {
            bruteForce.release(gil.id());
        }
        assertThat(
                        admin.get(
                                        "/admin/realms/"
                                                + KeycloakServer.REALM
                                                + "/users/"
                                                + gil.id()
                                                + "/credentials")
                                .requireStatus(200)
                                .body())
                .doesNotContain(token.serial);
    }

    @Test
    void anUnknownSerialOrARealmThatDoesNotAllowAssociationStoresNothing() {
        TestUser eve = TestUser.withTotp(server);
        try (Browser browser = signedIn(eve, 0)) {
            Page unknown =
                    app.startAction(browser, ASSOCIATE)
                            .form(ASSOCIATE_FORM)
                            .fill("serial", new HardwareToken().serial)
                            .fill("code", "123456")
                            .submit();
            assertThat(unknown.feedback())
                    .contains("No token with this serial number is waiting for you");

            admin.updatePortalSettings(
                            KeycloakServer.REALM,
                            Map.of(PortalSetting.OATH_ASSOCIATION_ALLOWED.key(), false))
                    .requireStatus(200);
            Page refused = app.startAction(browser, ASSOCIATE);
            assertThat(refused.feedback()).contains("does not allow you to associate tokens");
        }
        assertThat(admin.credentialTypes(KeycloakServer.REALM, eve.id()))
                .containsExactlyInAnyOrder("password", "otp");
    }

    @Test
    void thePreSharedKeyExampleOfRfc6030IsImportedWithItsMacChecked() throws IOException {
        String serial = new HardwareToken().serial;
        String pskc = resource("rfc6030-pre-shared-key.xml").replace("987654321", serial);

        AdminClient.Reply reply =
                admin.post(
                        TOKENS,
                        Map.of(
                                "format",
                                "pskc",
                                "content",
                                pskc,
                                "preSharedKey",
                                "12345678901234567890123456789012"));

        reply.requireStatus(200);
        JsonNode listed = inventory(serial);
        assertThat(listed.get("type").asText()).isEqualTo("hotp");
        assertThat(listed.get("digits").asInt()).isEqualTo(8);
        assertThat(listed.has("secret")).isFalse();
    }

    @Test
    void aBadFileIsRefusedWithTheRecordAndReasonAndNothingIsStored() throws IOException {
        HardwareToken first = new HardwareToken();
        HardwareToken second = new HardwareToken();
        AdminClient.Reply duplicate =
                importCsv(
                        first.serial
                                + ","
                                + first.hex()
                                + ",totp\n"
                                + second.serial
                                + ","
                                + second.hex()
                                + ",totp\n"
                                + first.serial
                                + ","
                                + second.hex()
                                + ",hotp\n");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("error_description").asText())
                .isEqualTo(
                        "record 3: serial "
                                + first.serial
                                + " appears twice in the file (also record 1)");

        String altered =
                resource("rfc6030-pre-shared-key.xml")
                        .replace("987654321", first.serial)
                        .replace("Su+NvtQfmvfJzF6bmQiJqoLRExc=", "Tu+NvtQfmvfJzF6bmQiJqoLRExc=");
        AdminClient.Reply badMac =
                admin.post(
                        TOKENS,
                        Map.of(
                                "format",
                                "pskc",
                                "content",
                                altered,
                                "preSharedKey",
                                "12345678901234567890123456789012"));
        assertThat(badMac.status()).isEqualTo(400);
        assertThat(badMac.json().get("error_description").asText())
                .startsWith("record 1: the MAC of the secret does not match");

        assertThat(inventorySerials()).doesNotContain(first.serial, second.serial);
    }

    @Test
    void aRefusedFileNamesItsRecordAsTheScreenShowsIt() throws IOException {
        HardwareToken good = new HardwareToken();
        HardwareToken bad = new HardwareToken();
        AdminClient.Reply csv =
                importCsv(
                        "serial,secret,type\n"
                                + good.serial
                                + ","
                                + good.hex()
                                + ",totp\n"
                                + bad.serial
                                + ",not-hex,totp\n");
        assertThat(csv.status()).isEqualTo(400);
        JsonNode line = csv.json();
        assertThat(line.get("error").asText()).isEqualTo("invalid_token_file");
        assertThat(line.get("record").asInt()).isEqualTo(3);
        assertThat(line.get("line").asInt()).isEqualTo(3);
        assertThat(line.has("keyPackage")).isFalse();
        assertThat(line.get("serial").asText()).isEqualTo(bad.serial);
        assertThat(line.get("error_description").asText())
                .startsWith("record 3: serial " + bad.serial + ": ")
                .endsWith(line.get("reason").asText());

        String pskc =
                resource("rfc6030-pre-shared-key.xml")
                        .replace("987654321", bad.serial)
                        .replace("Su+NvtQfmvfJzF6bmQiJqoLRExc=", "Tu+NvtQfmvfJzF6bmQiJqoLRExc=");
        JsonNode keyPackage =
                admin.post(
                                TOKENS,
                                Map.of(
                                        "format",
                                        "pskc",
                                        "content",
                                        pskc,
                                        "preSharedKey",
                                        "12345678901234567890123456789012"))
                        .json();
        assertThat(keyPackage.get("keyPackage").asInt()).isEqualTo(1);
        assertThat(keyPackage.has("line")).isFalse();
        assertThat(keyPackage.get("reason").asText())
                .startsWith("the MAC of the secret does not match");

        JsonNode wholeFile = admin.post(TOKENS, Map.of("format", "csv", "content", " ")).json();
        assertThat(wholeFile.has("record")).isFalse();
        assertThat(wholeFile.get("error_description").asText()).isEqualTo("content is missing");
        assertThat(inventorySerials()).doesNotContain(good.serial, bad.serial);
    }

    @Test
    void theInventoryIsSearchedBySerialAPageAtATime() {
        String batch = "PG-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder();
        for (String suffix : List.of("c", "A", "b")) {
            csv.append(batch).append('-').append(suffix).append(',');
            csv.append(new HardwareToken().hex()).append(",totp\n");
        }
        importCsv(csv.toString()).requireStatus(200);

        // Any case, ordered by serial whatever the case, a page at a time.
        String search = TOKENS + "?search=" + batch.toLowerCase();
        assertThat(serials(search + "&max=2")).containsExactly(batch + "-A", batch + "-b");
        assertThat(serials(search + "&first=2&max=2")).containsExactly(batch + "-c");
        assertThat(serials(search + "-B")).containsExactly(batch + "-b");
        // A LIKE wildcard is a character like any other.
        assertThat(
                        serials(
                                TOKENS
                                        + "?search="
                                        + batch.substring(0, 3)
                                        + "%25"
                                        + batch.substring(4)))
                .isEmpty();

        for (String wrong : List.of("?max=0", "?max=101", "?first=-1", "?max=ten")) {
            AdminClient.Reply refused = admin.get(TOKENS + wrong);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_request");
        }
        // Without parameters: the whole inventory, as before.
        assertThat(inventorySerials()).contains(batch + "-A", batch + "-b", batch + "-c");
    }

    @Test
    void aSerialTheRealmAlreadyHasIsRefused() {
        HardwareToken token = new HardwareToken();
        importCsv(token.serial + "," + token.hex() + ",totp\n").requireStatus(200);
        HardwareToken other = new HardwareToken();

        AdminClient.Reply again =
                importCsv(
                        other.serial
                                + ","
                                + other.hex()
                                + ",totp\n"
                                + token.serial
                                + ","
                                + token.hex()
                                + ",totp\n");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error_description").asText())
                .isEqualTo("record 2: serial " + token.serial + " is already in this realm");
        assertThat(inventorySerials()).doesNotContain(other.serial);
    }

    @Test
    void aSerialDifferingOnlyInCaseIsTheSameTokenAndIsRefusedWithNothingStored() {
        HardwareToken waiting = new HardwareToken();
        HardwareToken assigned = new HardwareToken();
        importCsv(
                        waiting.serial.toUpperCase()
                                + ","
                                + waiting.hex()
                                + ",totp\n"
                                + assigned.serial.toUpperCase()
                                + ","
                                + assigned.hex()
                                + ",hotp\n")
                .requireStatus(200);
        TestUser fay = TestUser.withTotp(server);
        admin.post(
                        TOKENS + "/" + assigned.serial.toUpperCase() + "/assignment",
                        Map.of("userId", fay.id()))
                .requireStatus(204);
        HardwareToken fresh = new HardwareToken();

        // The same serial in lower case: once waiting in the inventory, once on a user.
        for (HardwareToken known : List.of(waiting, assigned)) {
            AdminClient.Reply again =
                    importCsv(
                            fresh.serial
                                    + ","
                                    + fresh.hex()
                                    + ",totp\n"
                                    + known.serial.toLowerCase()
                                    + ","
                                    + fresh.hex()
                                    + ",totp\n");

            assertThat(again.status()).isEqualTo(400);
            assertThat(again.json().get("error").asText()).isEqualTo("invalid_token_file");
            assertThat(again.json().get("error_description").asText())
                    .isEqualTo(
                            "record 2: serial "
                                    + known.serial.toLowerCase()
                                    + " is already in this realm");
        }
        assertThat(inventorySerials())
                .doesNotContain(fresh.serial)
                .contains(waiting.serial.toUpperCase())
                .doesNotContain(waiting.serial.toLowerCase());
    }

    @Test
    void aPskcSecretWithJunkInItsBase64IsRefusedNotRepaired() {
        String serial = new HardwareToken().serial;
        String pskc =
                """
                <KeyContainer Version="1.0" xmlns="urn:ietf:params:xml:ns:keyprov:pskc">
                  <KeyPackage><Key Id="%s" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:hotp">
                    <Data><Secret><PlainValue>MTIzNDU2Nzg5MDEy!MzQ1Njc4OTA=</PlainValue></Secret></Data></Key></KeyPackage>
                </KeyContainer>"""
                        .formatted(serial);

        AdminClient.Reply reply = admin.post(TOKENS, Map.of("format", "pskc", "content", pskc));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_token_file");
        assertThat(reply.json().get("error_description").asText())
                .startsWith("record 1: the secret is not base64");
        assertThat(inventorySerials()).doesNotContain(serial);
    }

    @Test
    void anImportBodyWithTrailingTextOrAByteOrderMarkIsRefusedWithNothingStored()
            throws IOException {
        HardwareToken token = new HardwareToken();
        String body =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(
                                Map.of(
                                        "format",
                                        "csv",
                                        "content",
                                        token.serial + "," + token.hex() + ",totp\n"));

        for (String sent : List.of(body + "}", body + " {\"format\": \"pskc\"}", "\uFEFF" + body)) {
            AdminClient.Reply reply = admin.sendRawJson("POST", TOKENS, sent.getBytes(UTF_8));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isEqualTo("invalid_json");
        }
        assertThat(inventorySerials()).doesNotContain(token.serial);
        admin.sendRawJson("POST", TOKENS, body.getBytes(UTF_8)).requireStatus(200);
        assertThat(inventorySerials()).contains(token.serial);
    }

    @Test
    void anXxeFileIsRefused() throws IOException {
        AdminClient.Reply reply =
                admin.post(TOKENS, Map.of("format", "pskc", "content", resource("xxe.xml")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_token_file");
        assertThat(reply.body()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void anAdminAssignsAnImportedTokenAndAUserWithoutManageUsersCannotImport() {
        HardwareToken token = new HardwareToken();
        importCsv(token.serial + "," + token.hex() + ",hotp\n").requireStatus(200);
        TestUser dee = TestUser.withTotp(server);

        admin.post(TOKENS + "/" + token.serial + "/assignment", Map.of("userId", dee.id()))
                .requireStatus(204);

        assertThat(inventorySerials()).doesNotContain(token.serial);
        assertThat(DemoApp.isSignedIn(signInWithToken(dee, token.serial, token.hotpCode(0))))
                .isTrue();
        AdminClient bob = admin.as(KeycloakServer.REALM, "bob", "bob-demo"); // a user, not an admin
        assertThat(bob.get(TOKENS).status()).isEqualTo(403);
        assertThat(
                        bob.post(
                                        TOKENS,
                                        Map.of(
                                                "format",
                                                "csv",
                                                "content",
                                                "X1," + token.hex() + ",totp"))
                                .status())
                .isEqualTo(403);
    }

    // ---- helpers ----

    /**
     * Whether Keycloak's brute-force protection has the user locked out, once it has (at most 10
     * s).
     */
    private boolean lockedOut(TestUser user) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean disabled;
        do {
            disabled =
                    admin.get(
                                    "/admin/realms/"
                                            + KeycloakServer.REALM
                                            + "/attack-detection/brute-force/users/"
                                            + user.id())
                            .requireStatus(200)
                            .json()
                            .get("disabled")
                            .asBoolean();
        } while (!disabled && System.nanoTime() < deadline);
        return disabled;
    }

    private AdminClient.Reply importCsv(String csv) {
        return admin.post(TOKENS, Map.of("format", "csv", "content", csv));
    }

    private List<String> serials(String path) {
        List<String> serials = new java.util.ArrayList<>();
        admin.get(path)
                .requireStatus(200)
                .json()
                .forEach(t -> serials.add(t.get("serial").asText()));
        return serials;
    }

    private List<String> inventorySerials() {
        List<String> serials = new java.util.ArrayList<>();
        admin.get(TOKENS)
                .requireStatus(200)
                .json()
                .forEach(t -> serials.add(t.get("serial").asText()));
        return serials;
    }

    private JsonNode inventory(String serial) {
        for (JsonNode token : admin.get(TOKENS).requireStatus(200).json()) {
            if (token.get("serial").asText().equals(serial)) {
                return token;
            }
        }
        throw new AssertionError("not in the inventory: " + serial);
    }

    /**
     * A browser in which the user has signed in with password and authenticator app. A second
     * sign-in in the same period uses the next period's code ({@code periodsAhead} 1, inside
     * Keycloak's look-ahead), since Keycloak refuses a code used before.
     */
    private Browser signedIn(TestUser user, int periodsAhead) {
        Browser browser = server.browser().forwardedFor(OUTSIDE);
        Page otp = app.signInWithPassword(browser, user.username(), user.password());
        String code =
                Totp.code(user.totpSecret(), Instant.now().getEpochSecond() + 30L * periodsAhead);
        Page done =
                otp.form(OTP_FORM)
                        .fill("selectedCredentialId", credentialId(user, "test authenticator"))
                        .fill("otp", code)
                        .submit();
        assertThat(DemoApp.isSignedIn(done)).isTrue();
        return browser;
    }

    /** Signs in afresh, choosing the token (by its serial) on Keycloak's OTP form. */
    private Page signInWithToken(TestUser user, String serial, String code) {
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page otp = app.signInWithPassword(browser, user.username(), user.password());
            return otp.form(OTP_FORM)
                    .fill("selectedCredentialId", credentialId(user, serial))
                    .fill("otp", code)
                    .submit();
        }
    }

    private String credentialId(TestUser user, String serial) {
        for (JsonNode credential :
                admin.get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/users/"
                                        + user.id()
                                        + "/credentials")
                        .requireStatus(200)
                        .json()) {
            if (serial.equals(credential.path("userLabel").asText())) {
                return credential.get("id").asText();
            }
        }
        throw new AssertionError(user.username() + " has no token " + serial);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OathTokensIT.class.getResourceAsStream("/oath/" + name)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
