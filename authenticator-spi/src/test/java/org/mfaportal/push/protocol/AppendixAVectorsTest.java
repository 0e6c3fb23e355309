package org.mfaportal.push.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pipush spec's Appendix A: real, mutually consistent values made the way privacyIDEA makes
 * them.
 */
class AppendixAVectorsTest {

    private static final String NONCE = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String SERIAL = "PIPU0001A2B3";
    private static final String URL = "http://localhost:8080/realms/demo/pipush";

    private final JsonNode vectors;
    private final RSAPublicKey server;
    private final RSAPublicKey device;

    AppendixAVectorsTest() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/push/appendix-a.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
        server = RsaKeys.fromPkcs1(text("server_public_key_detail_public_key"));
        device = RsaKeys.parseDeviceKey(text("device_pubkey_form_field"));
    }

    @Test
    void theSignedStringsAreTheSpecsOwn() {
        assertThat(SignedStrings.poll(SERIAL, "2026-08-21T09:30:42.123456Z"))
                .isEqualTo(text("poll_sign_input"));
        assertThat(
                        SignedStrings.challenge(
                                NONCE,
                                URL,
                                SERIAL,
                                "Do you want to confirm the login?",
                                "privacyIDEA",
                                "0",
                                null))
                .isEqualTo(text("challenge_sign_input"));
        assertThat(
                        SignedStrings.challenge(
                                NONCE,
                                URL,
                                SERIAL,
                                "Do you want to confirm the login?",
                                "privacyIDEA",
                                "0",
                                List.of("K", "C", "R")))
                .isEqualTo(text("presence_challenge_sign_input"));
        assertThat(SignedStrings.answer(NONCE, SERIAL, null)).isEqualTo(text("accept_sign_input"));
        assertThat(SignedStrings.decline(NONCE, SERIAL, null))
                .isEqualTo(text("decline_sign_input"));
        assertThat(SignedStrings.answer(NONCE, SERIAL, "C"))
                .isEqualTo(text("presence_accept_sign_input"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"challenge", "presence_challenge"})
    void serverSignaturesVerifyWithTheServerKey(String name) {
        assertThat(Signatures.verify(server, text(name + "_sign_input"), text(name + "_signature")))
                .isTrue();
        assertThat(Signatures.verify(device, text(name + "_sign_input"), text(name + "_signature")))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"poll", "accept", "decline", "presence_accept"})
    void deviceSignaturesVerifyWithTheDeviceKey(String name) {
        assertThat(Signatures.verify(device, text(name + "_sign_input"), text(name + "_signature")))
                .isTrue();
        assertThat(
                        Signatures.verify(
                                device,
                                text(name + "_sign_input") + "x",
                                text(name + "_signature")))
                .isFalse();
    }

    @Test
    void signaturesAre824PaddedBase32Characters() {
        String signature = text("accept_signature");
        assertThat(signature).hasSize(824).endsWith("====");
        assertThat(Base32.encode(Base32.decode(signature))).isEqualTo(signature);
        assertThat(Base32.decode(signature)).hasSize(512);
    }

    @Test
    void theServerKeyIsExportedAsPkcs1WithALineBreakEvery64Characters() {
        String exported = RsaKeys.pkcs1Lines(server);

        assertThat(exported).isEqualTo(text("server_public_key_detail_public_key"));
        assertThat(exported).startsWith("MIICCgKCAgEA").endsWith("AwEAAQ==").hasSize(714);
        assertThat(exported.split("\n"))
                .hasSize(11)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
    }

    @Test
    void theDeviceKeyIsReadAsSpkiEvenWhenAFormDecoderMangledIt() {
        String sent = text("device_pubkey_form_field");
        assertThat(sent).hasSize(736).startsWith("MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA");

        assertThat(RsaKeys.parseDeviceKey(sent.replace('+', ' '))).isEqualTo(device);
        assertThat(
                        RsaKeys.parseDeviceKey(
                                Base64.getUrlEncoder()
                                        .encodeToString(Base64.getDecoder().decode(sent))))
                .isEqualTo(device);
        assertThat(RsaKeys.spki(device)).isEqualTo(sent);
    }

    private String text(String name) {
        return vectors.get(name).asText();
    }

    @Test
    void aDeviceKeyUnder2048BitsIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String weak =
                Base64.getEncoder()
                        .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> RsaKeys.parseDeviceKey(weak))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1024 bits");
    }
}
