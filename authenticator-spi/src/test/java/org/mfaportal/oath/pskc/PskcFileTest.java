package org.mfaportal.oath.pskc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfaportal.oath.ImportedRecord;
import org.mfaportal.oath.OathAlgorithm;
import org.mfaportal.oath.OathToken;
import org.mfaportal.oath.TokenFileException;
import org.mfaportal.oath.TokenType;

/** RFC 6030's own example documents, and files an attacker would send. */
class PskcFileTest {

    private static final byte[] RFC_PRE_SHARED_KEY =
            HexFormat.of().parseHex("12345678901234567890123456789012");
    private static final String RFC_SECRET_HEX = "3132333435363738393031323334353637383930";

    @Test
    void figure2TheSmallestContainerGivesOneHotpTokenNamedByItsKeyId() throws Exception {
        List<ImportedRecord> records = PskcFile.parse(resource("rfc6030-figure2.xml"), null);

        assertThat(records).hasSize(1);
        OathToken token = records.get(0).token();
        assertThat(token.serial()).isEqualTo("12345678");
        assertThat(token.type()).isEqualTo(TokenType.HOTP);
        assertThat(hex(token)).isEqualTo(RFC_SECRET_HEX);
        assertThat(token.digits()).isEqualTo(6);
        assertThat(token.movingFactor()).isZero();
        assertThat(token.hotp().code(0)).isEqualTo("755224"); // RFC 4226 appendix D
    }

    @Test
    void figure3TheTokenIsNamedByItsDeviceSerialAndItsPinKeyIsNotAToken() throws Exception {
        List<ImportedRecord> records = PskcFile.parse(resource("rfc6030-figure3.xml"), null);

        assertThat(records).hasSize(1);
        OathToken token = records.get(0).token();
        assertThat(token.serial()).isEqualTo("987654321");
        assertThat(token.digits()).isEqualTo(8);
        assertThat(hex(token)).isEqualTo(RFC_SECRET_HEX);
    }

    @Test
    void thePreSharedKeyExampleDecryptsToTheDocumentedSecretAfterItsMacIsChecked()
            throws Exception {
        List<ImportedRecord> records =
                PskcFile.parse(resource("rfc6030-pre-shared-key.xml"), RFC_PRE_SHARED_KEY);

        OathToken token = records.get(0).token();
        assertThat(token.serial()).isEqualTo("987654321");
        assertThat(hex(token)).isEqualTo(RFC_SECRET_HEX);
        assertThat(token.hotp().code(0)).isEqualTo("84755224");
    }

    @Test
    void anAlteredCiphertextFailsTheMacAndNamesTheRecord() throws Exception {
        String altered =
                new String(resource("rfc6030-pre-shared-key.xml"), UTF_8)
                        .replace(
                                "AAECAwQFBgcICQoLDA0OD+cIHItlB3Wra1DUpxVvOx2lef1VmNPCMl8jwZqIUqGv",
                                "AAECAwQFBgcICQoLDA0OD+cIHItlB3Wra1DUpxVvOx2lef1VmNPCMl8jwZqIUqGw");
        assertThatThrownBy(() -> PskcFile.parse(altered.getBytes(UTF_8), RFC_PRE_SHARED_KEY))
                .isInstanceOf(TokenFileException.class)
                .hasMessage(
                        "record 1: the MAC of the secret does not match (wrong pre-shared key or altered file)");
    }

    @Test
    void aWrongPreSharedKeyIsRefused() {
        byte[] wrong = HexFormat.of().parseHex("00000000000000000000000000000000");
        assertThatThrownBy(() -> PskcFile.parse(resource("rfc6030-pre-shared-key.xml"), wrong))
                .isInstanceOf(TokenFileException.class)
                .hasMessageContaining("pre-shared key");
    }

    @Test
    void anEncryptedFileWithoutTheKeyAsksForIt() {
        assertThatThrownBy(() -> PskcFile.parse(resource("rfc6030-pre-shared-key.xml"), null))
                .isInstanceOf(TokenFileException.class)
                .hasMessage("the MAC key is encrypted: give the pre-shared key");
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> PskcFile.parse(resource("xxe.xml"), null))
                .isInstanceOf(TokenFileException.class)
                .hasMessage("the file is not acceptable XML: a DOCTYPE (DTD) is not allowed");
    }

    @Test
    void billionLaughsIsRefused() {
        assertThatThrownBy(() -> PskcFile.parse(resource("billion-laughs.xml"), null))
                .isInstanceOf(TokenFileException.class)
                .hasMessage("the file is not acceptable XML: a DOCTYPE (DTD) is not allowed");
    }

    @Test
    void aTotpKeyCarriesItsPeriodAndSuite() throws Exception {
        String xml =
                """
                <KeyContainer Version="1.0" xmlns="urn:ietf:params:xml:ns:keyprov:pskc">
                  <KeyPackage>
                    <DeviceInfo><SerialNo>TOTP-0001</SerialNo></DeviceInfo>
                    <Key Id="k1" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:totp">
                      <AlgorithmParameters><Suite>HMAC-SHA256</Suite><ResponseFormat Length="8" Encoding="DECIMAL"/></AlgorithmParameters>
                      <Data>
                        <Secret><PlainValue>MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=</PlainValue></Secret>
                        <TimeInterval><PlainValue>60</PlainValue></TimeInterval>
                      </Data>
                    </Key>
                  </KeyPackage>
                </KeyContainer>""";
        OathToken token = PskcFile.parse(xml.getBytes(UTF_8), null).get(0).token();

        assertThat(token.type()).isEqualTo(TokenType.TOTP);
        assertThat(token.algorithm()).isEqualTo(OathAlgorithm.SHA256);
        assertThat(token.periodSeconds()).isEqualTo(60);
        assertThat(new org.mfaportal.oath.Totp(token.hotp(), 30).code(59))
                .isEqualTo("46119246"); // RFC 6238 B
    }

    @Test
    void aBadRecordIsNamedByItsPosition() {
        String xml =
                """
                <KeyContainer Version="1.0" xmlns="urn:ietf:params:xml:ns:keyprov:pskc">
                  <KeyPackage><Key Id="A1" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:hotp">
                    <Data><Secret><PlainValue>MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=</PlainValue></Secret></Data></Key></KeyPackage>
                  <KeyPackage><Key Id="A2" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:hotp">
                    <Data><Secret><PlainValue>MTIz</PlainValue></Secret></Data></Key></KeyPackage>
                </KeyContainer>""";
        assertThatThrownBy(() -> PskcFile.parse(xml.getBytes(UTF_8), null))
                .hasMessage("record 2: serial A2: a secret must be 16 to 128 bytes, not 3");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA", // padding missing
                "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA==", // one '=' too many
                "MTIzNDU2Nzg5MDEy!MzQ1Njc4OTA=", // a junk character a MIME decoder skips
                "MTIzNDU2Nzg5MDEyéMzQ1Njc4OTA=", // a non-ASCII one
                "MTIzNDU2Nzg5MDEyMzQ1Njc4OTB=", // bits set after the last byte
                "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=MTIz"
            }) // data after the padding
    void aSecretThatIsNotStrictBase64IsRefusedNotRepaired(String value) {
        String xml =
                """
                <KeyContainer Version="1.0" xmlns="urn:ietf:params:xml:ns:keyprov:pskc">
                  <KeyPackage><Key Id="A1" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:hotp">
                    <Data><Secret><PlainValue>%s</PlainValue></Secret></Data></Key></KeyPackage>
                </KeyContainer>"""
                        .formatted(value);
        assertThatThrownBy(() -> PskcFile.parse(xml.getBytes(UTF_8), null))
                .hasMessage(
                        "record 1: the secret is not base64 (only A-Z a-z 0-9 + / with '=' padding to a multiple of 4)");
    }

    @Test
    void whitespaceInsideBase64IsAllowedAsXmlSchemaSays() throws Exception {
        String xml =
                """
                <KeyContainer Version="1.0" xmlns="urn:ietf:params:xml:ns:keyprov:pskc">
                  <KeyPackage><Key Id="A1" Algorithm="urn:ietf:params:xml:ns:keyprov:pskc:hotp">
                    <Data><Secret><PlainValue>MTIzNDU2Nzg5
                      MDEyMzQ1Njc4OTA=</PlainValue></Secret></Data></Key></KeyPackage>
                </KeyContainer>""";
        assertThat(hex(PskcFile.parse(xml.getBytes(UTF_8), null).get(0).token()))
                .isEqualTo(RFC_SECRET_HEX);
    }

    @Test
    void somethingElseThanPskcIsRefused() {
        assertThatThrownBy(() -> PskcFile.parse("<html/>".getBytes(UTF_8), null))
                .hasMessageContaining("not a PSKC file");
        assertThatThrownBy(() -> PskcFile.parse("<KeyContainer".getBytes(UTF_8), null))
                .hasMessage("the file is not acceptable XML: malformed XML");
    }

    private static String hex(OathToken token) {
        return HexFormat.of().formatHex(token.secret().bytes());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PskcFileTest.class.getResourceAsStream("/oath/pskc/" + name)) {
            return in.readAllBytes();
        }
    }
}
