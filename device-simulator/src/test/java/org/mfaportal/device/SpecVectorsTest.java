package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mfaportal.device.SpecVectors.NONCE;
import static org.mfaportal.device.SpecVectors.QUESTION;
import static org.mfaportal.device.SpecVectors.SERIAL;
import static org.mfaportal.device.SpecVectors.TITLE;
import static org.mfaportal.device.SpecVectors.URL;

import java.math.BigInteger;
import java.net.URI;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keys, signed strings and signatures of the spec's Appendix A, checked with this module's
 * code.
 */
class SpecVectorsTest {

    private static final RSAPublicKey SERVER_KEY =
            RsaKeys.fromPkcs1Base64(SpecVectors.get("server_public_key_detail_public_key"));
    private static final PublicKey DEVICE_KEY =
            RsaKeys.fromSpkiBase64(SpecVectors.get("device_pubkey_form_field"));

    @Test
    void theServerKeyParsesAsPkcs1WithLineBreaks() {
        String detail = SpecVectors.get("server_public_key_detail_public_key");
        assertThat(detail).startsWith("MIICCgKCAgEA").endsWith("AwEAAQ==").hasSize(714);
        assertThat(SERVER_KEY.getModulus().bitLength()).isEqualTo(4096);
        assertThat(SERVER_KEY.getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
    }

    @Test
    void writingTheServerKeyGivesPrivacyIdeasExactText() {
        assertThat(RsaKeys.pkcs1Base64(SERVER_KEY))
                .isEqualTo(SpecVectors.get("server_public_key_detail_public_key"));
    }

    @Test
    void theDeviceKeyIsExportedAsTheAppsSpki() {
        String field = SpecVectors.get("device_pubkey_form_field");
        assertThat(RsaKeys.spkiBase64(DEVICE_KEY)).isEqualTo(field);
        assertThat(field)
                .hasSize(736)
                .startsWith("MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA")
                .doesNotContain("\n");
    }

    @Test
    void aFreshDeviceKeyHasTheSameShape() {
        String field = RsaKeys.spkiBase64(RsaKeys.generate(4096).getPublic());
        assertThat(field)
                .hasSize(736)
                .startsWith("MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA")
                .endsWith("AwEAAQ==");
    }

    @ParameterizedTest
    @CsvSource({
        "challenge_sign_input, challenge_signature",
        "presence_challenge_sign_input, presence_challenge_signature"
    })
    void serverSignaturesVerifyWithTheServerKey(String input, String signature) {
        assertThat(RsaKeys.verify(SERVER_KEY, SpecVectors.get(input), SpecVectors.get(signature)))
                .isTrue();
        assertThat(RsaKeys.verify(DEVICE_KEY, SpecVectors.get(input), SpecVectors.get(signature)))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "poll_sign_input, poll_signature",
        "accept_sign_input, accept_signature",
        "decline_sign_input, decline_signature",
        "presence_accept_sign_input, presence_accept_signature"
    })
    void deviceSignaturesVerifyWithTheDeviceKey(String input, String signature) {
        assertThat(SpecVectors.get(signature)).hasSize(824).endsWith("====");
        assertThat(RsaKeys.verify(DEVICE_KEY, SpecVectors.get(input), SpecVectors.get(signature)))
                .isTrue();
        assertThat(
                        RsaKeys.verify(
                                DEVICE_KEY,
                                SpecVectors.get(input) + " ",
                                SpecVectors.get(signature)))
                .isFalse();
    }

    @Test
    void theAppRebuildsTheSignedStringOfAStandardChallenge() {
        PushRequest request = challenge(List.of(), "challenge_signature");
        assertThat(ChallengeSignature.signedText(request))
                .isEqualTo(SpecVectors.get("challenge_sign_input"));
        assertThat(ChallengeSignature.verifies(request, SERVER_KEY)).isTrue();
    }

    @Test
    void theAppRebuildsTheSignedStringOfANumberMatchingChallenge() {
        PushRequest request = challenge(List.of("K", "C", "R"), "presence_challenge_signature");
        assertThat(ChallengeSignature.signedText(request))
                .isEqualTo(SpecVectors.get("presence_challenge_sign_input"));
        assertThat(ChallengeSignature.verifies(request, SERVER_KEY)).isTrue();
    }

    @Test
    void aChangedQuestionOrOptionOrderNoLongerVerifies() {
        PushRequest standard = challenge(List.of(), "challenge_signature");
        PushRequest reworded =
                new PushRequest(
                        NONCE,
                        URI.create(URL),
                        SERIAL,
                        "Sign in to the bank?",
                        TITLE,
                        "0",
                        List.of(),
                        standard.signature());
        assertThat(ChallengeSignature.verifies(reworded, SERVER_KEY)).isFalse();
        assertThat(
                        ChallengeSignature.verifies(
                                challenge(List.of("C", "K", "R"), "presence_challenge_signature"),
                                SERVER_KEY))
                .isFalse();
    }

    @Test
    void anyOtherSslverifyStringIsSignedAsZero() {
        PushRequest request =
                new PushRequest(
                        NONCE,
                        URI.create(URL),
                        SERIAL,
                        QUESTION,
                        TITLE,
                        "false",
                        List.of(),
                        SpecVectors.get("challenge_signature"));
        assertThat(ChallengeSignature.verifies(request, SERVER_KEY)).isTrue();
    }

    @Test
    void aNonCanonicalUrlIsSignedInItsCanonicalForm() {
        PushRequest request =
                new PushRequest(
                        NONCE,
                        URI.create("HTTP://LocalHost:8080/realms/demo/pipush"),
                        SERIAL,
                        QUESTION,
                        TITLE,
                        "0",
                        List.of(),
                        SpecVectors.get("challenge_signature"));
        assertThat(ChallengeSignature.verifies(request, SERVER_KEY)).isTrue();
    }

    private static PushRequest challenge(List<String> options, String signature) {
        return new PushRequest(
                NONCE,
                URI.create(URL),
                SERIAL,
                QUESTION,
                TITLE,
                "0",
                options,
                SpecVectors.get(signature));
    }
}
