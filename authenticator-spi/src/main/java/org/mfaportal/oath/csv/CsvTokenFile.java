package org.mfaportal.oath.csv;

import java.util.ArrayList;
import java.util.List;
import org.mfaportal.oath.ImportedRecord;
import org.mfaportal.oath.OathAlgorithm;
import org.mfaportal.oath.OathToken;
import org.mfaportal.oath.TokenFileException;
import org.mfaportal.oath.TokenSecret;
import org.mfaportal.oath.TokenType;

/**
 * A vendor's CSV inventory, one token a line: {@code serial, secret (hex), type (hotp|totp),
 * digits, period (totp) or counter (hotp) [, algorithm (sha1|sha256|sha512)]}. Blank lines, '#'
 * comments and a first line starting with "serial" are skipped; the record number is the line
 * number.
 */
public final class CsvTokenFile {

    private CsvTokenFile() {}

    public static List<ImportedRecord> parse(String text) throws TokenFileException {
        List<ImportedRecord> records = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()
                    || line.startsWith("#")
                    || (i == 0 && line.toLowerCase().startsWith("serial"))) {
                continue;
            }
            records.add(new ImportedRecord(i + 1, token(i + 1, line.split(",", -1))));
        }
        return records;
    }

    private static OathToken token(int line, String[] fields) throws TokenFileException {
        if (fields.length < 3 || fields.length > 6) {
            throw new TokenFileException(
                    line,
                    "expected serial, secret, type, digits, period or counter"
                            + " [, algorithm], found "
                            + fields.length
                            + " fields");
        }
        String serial = field(fields, 0);
        TokenType type = TokenType.parse(field(fields, 2));
        if (type == null) {
            throw new TokenFileException(line, serial, "type must be hotp or totp");
        }
        OathAlgorithm algorithm =
                fields.length > 5 ? OathAlgorithm.parse(field(fields, 5)) : OathAlgorithm.SHA1;
        if (algorithm == null) {
            throw new TokenFileException(line, serial, "algorithm must be sha1, sha256 or sha512");
        }
        try {
            TokenSecret secret = TokenSecret.fromHex(field(fields, 1));
            int digits = number(fields, 3, OathToken.DEFAULT_DIGITS, "digits");
            boolean hotp = type == TokenType.HOTP;
            int fifth =
                    number(
                            fields,
                            4,
                            hotp ? 0 : OathToken.DEFAULT_PERIOD_SECONDS,
                            hotp ? "counter" : "period");
            return new OathToken(
                    serial, type, secret, digits, algorithm, hotp ? 0 : fifth, hotp ? fifth : 0);
        } catch (IllegalArgumentException e) {
            throw new TokenFileException(
                    line,
                    serial,
                    (serial.isEmpty() ? "" : "serial " + serial + ": ") + e.getMessage());
        }
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].strip() : "";
    }

    private static int number(String[] fields, int index, int fallback, String name) {
        String text = field(fields, index);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            // The value is not repeated: in a file with its columns swapped it could be a secret.
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }
}
