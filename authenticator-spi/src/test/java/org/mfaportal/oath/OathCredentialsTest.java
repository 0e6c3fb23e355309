package org.mfaportal.oath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.HmacOTP;
import org.keycloak.models.utils.TimeBasedOTP;

/** What we store is what Keycloak's own OTP form validates, binary keys included. */
class OathCredentialsTest {

    // Binary, not text: bytes that are not valid UTF-8 (0xff, 0xfe...).
    private static final TokenSecret BINARY =
            TokenSecret.of(HexFormat.of().parseHex("fffefdfc00010203a0b0c0d0e0f01122"));

    @Test
    void keycloakValidatesAnHotpTokenWithABinaryKeyAndMovesItsCounter() {
        OathToken token =
                new OathToken("HW-1", TokenType.HOTP, BINARY, 6, OathAlgorithm.SHA1, 0, 7);
        OTPCredentialModel stored =
                OTPCredentialModel.createFromCredentialModel(OathCredentials.credentialOf(token));

        assertThat(stored.getUserLabel()).isEqualTo("HW-1");
        assertThat(stored.getDecodedSecret()).isEqualTo(BINARY.bytes());
        int next =
                new HmacOTP(6, HmacOTP.HMAC_SHA1, 1)
                        .validateHOTP(
                                token.hotp().code(8),
                                stored.getDecodedSecret(),
                                stored.getOTPCredentialData().getCounter());
        assertThat(next).isEqualTo(9);
    }

    @Test
    void keycloakValidatesATotpTokenWithItsOwnDigitsPeriodAndAlgorithm() {
        OathToken token =
                new OathToken("TT-1", TokenType.TOTP, BINARY, 8, OathAlgorithm.SHA256, 60, 0);
        OTPCredentialModel stored =
                OTPCredentialModel.createFromCredentialModel(OathCredentials.credentialOf(token));

        var data = stored.getOTPCredentialData();
        assertThat(data.getDigits()).isEqualTo(8);
        assertThat(data.getPeriod()).isEqualTo(60);
        String now = token.totp().code(System.currentTimeMillis() / 1000);
        assertThat(
                        new TimeBasedOTP(data.getAlgorithm(), 8, 60, 1)
                                .validateTOTP(now, stored.getDecodedSecret()))
                .isTrue();
    }

    @Test
    void aStoredTokenReadsBackAndItsSummaryHasNoSecret() {
        OathToken token =
                new OathToken("HW-2", TokenType.HOTP, BINARY, 6, OathAlgorithm.SHA1, 0, 3);
        CredentialModel stored = OathCredentials.credentialOf(token);

        assertThat(OathCredentials.tokenOf(stored)).isEqualTo(token);
        TokenSummary summary = OathCredentials.summaryOf(stored);
        assertThat(summary).isEqualTo(new TokenSummary("HW-2", "hotp", 6, "HmacSHA1", null, 3));
        assertThat(summary.toString()).doesNotContain(BINARY.base32());
    }
}
