package org.mfaportal.oath;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBatchTest {

    private static final TokenSecret SECRET =
            TokenSecret.of("12345678901234567890".getBytes(US_ASCII));

    @Test
    void aCleanBatchPasses() throws Exception {
        assertThat(TokenBatch.check(List.of(record(1, "A"), record(2, "B")), serial -> false))
                .hasSize(2);
    }

    @Test
    void aSerialTwiceInTheFileNamesBothRecords() {
        assertThatThrownBy(
                        () ->
                                TokenBatch.check(
                                        List.of(record(1, "A"), record(4, "a")), serial -> false))
                .hasMessage("record 4: serial a appears twice in the file (also record 1)");
    }

    @Test
    void aSerialTheRealmKnowsIsRefused() {
        assertThatThrownBy(
                        () ->
                                TokenBatch.check(
                                        List.of(record(1, "A"), record(2, "B")), "B"::equals))
                .hasMessage("record 2: serial B is already in this realm");
    }

    @Test
    void theRefusalNamesTheRecordsSerialAndReasonApart() {
        assertThatThrownBy(
                        () ->
                                TokenBatch.check(
                                        List.of(record(1, "A"), record(2, "B")), "B"::equals))
                .isInstanceOfSatisfying(
                        TokenFileException.class,
                        e -> {
                            assertThat(e.record()).isEqualTo(2);
                            assertThat(e.serial()).isEqualTo("B");
                            assertThat(e.reason()).isEqualTo("serial B is already in this realm");
                        });
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> TokenBatch.check(List.of(), serial -> false))
                .hasMessage("the file holds no HOTP or TOTP token");
    }

    private static ImportedRecord record(int number, String serial) {
        return new ImportedRecord(
                number, new OathToken(serial, TokenType.HOTP, SECRET, 6, OathAlgorithm.SHA1, 0, 0));
    }
}
