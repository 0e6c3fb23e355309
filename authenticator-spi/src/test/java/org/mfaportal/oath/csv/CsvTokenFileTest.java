package org.mfaportal.oath.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfaportal.oath.ImportedRecord;
import org.mfaportal.oath.OathAlgorithm;
import org.mfaportal.oath.OathToken;
import org.mfaportal.oath.TokenType;

class CsvTokenFileTest {

    private static final String RFC_SECRET_HEX = "3132333435363738393031323334353637383930";

    @Test
    void aVendorInventoryWithHeaderCommentsAndBothTypes() throws Exception {
        List<ImportedRecord> records =
                CsvTokenFile.parse(
                        """
                serial,secret,type,digits,period_or_counter
                # shipment 42
                HW-0001, %s, hotp, 6, 5

                HW-0002, %s, totp, 8, 60, sha256
                """
                                .formatted(RFC_SECRET_HEX, RFC_SECRET_HEX));

        assertThat(records).extracting(ImportedRecord::record).containsExactly(3, 5);
        OathToken hotp = records.get(0).token();
        assertThat(hotp.type()).isEqualTo(TokenType.HOTP);
        assertThat(hotp.movingFactor()).isEqualTo(5);
        assertThat(hotp.hotp().code(5)).isEqualTo("254676"); // RFC 4226 appendix D
        OathToken totp = records.get(1).token();
        assertThat(totp.periodSeconds()).isEqualTo(60);
        assertThat(totp.digits()).isEqualTo(8);
        assertThat(totp.algorithm()).isEqualTo(OathAlgorithm.SHA256);
    }

    @Test
    void defaultsAreSixDigitsThirtySecondsCounterZero() throws Exception {
        OathToken totp = CsvTokenFile.parse("T1," + RFC_SECRET_HEX + ",totp").get(0).token();
        assertThat(totp.digits()).isEqualTo(6);
        assertThat(totp.periodSeconds()).isEqualTo(30);
        assertThat(totp.algorithm()).isEqualTo(OathAlgorithm.SHA1);
    }

    @Test
    void eachBadLineIsNamedWithItsReasonAndNoSecret() {
        assertThatThrownBy(() -> CsvTokenFile.parse("A1," + RFC_SECRET_HEX + ",hotp\nA2,zz,hotp"))
                .hasMessage(
                        "record 2: serial A2: the secret is not hexadecimal (pairs of 0-9, a-f)");
        assertThatThrownBy(() -> CsvTokenFile.parse("A1," + RFC_SECRET_HEX + ",motp"))
                .hasMessage("record 1: type must be hotp or totp");
        assertThatThrownBy(() -> CsvTokenFile.parse("A1," + RFC_SECRET_HEX + ",totp,six"))
                .hasMessage("record 1: serial A1: digits must be a whole number");
        assertThatThrownBy(() -> CsvTokenFile.parse("A1," + RFC_SECRET_HEX + ",totp,9"))
                .hasMessage("record 1: serial A1: digits must be 6, 7 or 8, not 9");
        assertThatThrownBy(() -> CsvTokenFile.parse("A1;" + RFC_SECRET_HEX))
                .hasMessageStartingWith("record 1: expected serial, secret, type");
        assertThatThrownBy(() -> CsvTokenFile.parse("," + RFC_SECRET_HEX + ",totp"))
                .hasMessage("record 1: the serial number is missing");
    }
}
