package org.mfaportal.oath;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The all-or-nothing check before an import stores anything: every serial once in the file, and
 * none that the realm already knows (in the inventory or on a user).
 */
public final class TokenBatch {

    private TokenBatch() {}

    public static List<OathToken> check(List<ImportedRecord> records, Predicate<String> serialKnown)
            throws TokenFileException {
        if (records.isEmpty()) {
            throw new TokenFileException(0, "the file holds no HOTP or TOTP token");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ImportedRecord record : records) {
            String serial = record.token().serial();
            Integer earlier = seen.putIfAbsent(serial.toLowerCase(Locale.ROOT), record.record());
            if (earlier != null) {
                throw new TokenFileException(
                        record.record(),
                        serial,
                        "serial "
                                + serial
                                + " appears twice in the file (also record "
                                + earlier
                                + ")");
            }
            if (serialKnown.test(serial)) {
                throw new TokenFileException(
                        record.record(), serial, "serial " + serial + " is already in this realm");
            }
        }
        return records.stream().map(ImportedRecord::token).toList();
    }
}
