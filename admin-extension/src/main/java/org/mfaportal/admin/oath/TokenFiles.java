package org.mfaportal.admin.oath;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.mfaportal.oath.ImportedRecord;
import org.mfaportal.oath.TokenFileException;
import org.mfaportal.oath.csv.CsvTokenFile;
import org.mfaportal.oath.pskc.PskcFile;

/** Reads an import request into records, whatever its format. */
final class TokenFiles {

    /** Larger than any real shipment's file, small enough that a stray upload does no harm. */
    static final int MAX_CHARS = 5_000_000;

    private TokenFiles() {}

    static List<ImportedRecord> read(TokenImportRequest request) throws TokenFileException {
        if (request == null || request.content() == null || request.content().isBlank()) {
            throw new TokenFileException(0, "content is missing");
        }
        if (request.content().length() > MAX_CHARS) {
            throw new TokenFileException(0, "the file is larger than " + MAX_CHARS + " characters");
        }
        return switch (format(request)) {
            case "pskc" ->
                    PskcFile.parse(
                            request.content().getBytes(UTF_8),
                            preSharedKey(request.preSharedKey()));
            case "csv" -> CsvTokenFile.parse(request.content());
            default -> throw new TokenFileException(0, "format must be pskc or csv");
        };
    }

    /** The request's format, trimmed and lower-cased ("" when absent). */
    static String format(TokenImportRequest request) {
        return request == null || request.format() == null
                ? ""
                : request.format().trim().toLowerCase(Locale.ROOT);
    }

    private static byte[] preSharedKey(String hex) throws TokenFileException {
        if (hex == null || hex.isBlank()) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new TokenFileException(0, "preSharedKey must be hexadecimal");
        }
    }
}
